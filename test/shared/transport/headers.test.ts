import { headerValue } from '../../../nodes/Vocu/shared/transport/headers';

describe('headerValue', () => {
	it('finds a header whatever the case of its name', () => {
		const headers = { 'content-type': 'audio/mpeg', 'X-Vocu-App-Request-Id': 'req-1' };
		expect(headerValue(headers, 'Content-Type')).toBe('audio/mpeg');
		expect(headerValue(headers, 'content-type')).toBe('audio/mpeg');
		expect(headerValue(headers, 'x-vocu-app-request-id')).toBe('req-1');
	});

	it('gives text for numbers and undefined for absent or empty values', () => {
		expect(headerValue({ 'content-length': 12 }, 'content-length')).toBe('12');
		expect(headerValue({ 'content-length': null }, 'content-length')).toBeUndefined();
		expect(headerValue({}, 'content-type')).toBeUndefined();
		expect(headerValue(undefined, 'content-type')).toBeUndefined();
	});
});
