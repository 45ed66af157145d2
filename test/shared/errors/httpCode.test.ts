import { NodeApiError, type INode } from 'n8n-workflow';

import { errorCodeLabel, httpStatusOf } from '../../../nodes/Vocu/shared/errors/httpCode';

describe('the "Error code" of a Vocu error', () => {
	it("shows Vocu's code with the HTTP status, or the status alone", () => {
		expect(errorCodeLabel(404, 'VOICE_NOT_FOUND')).toBe('VOICE_NOT_FOUND (HTTP 404)');
		expect(errorCodeLabel(502)).toBe('502');
	});

	it('reads the HTTP status back from either form, and nothing from other codes', () => {
		expect(httpStatusOf({ httpCode: 'VOICE_NOT_FOUND (HTTP 404)' })).toBe(404);
		expect(httpStatusOf({ httpCode: '429' })).toBe(429);
		expect(httpStatusOf({ httpCode: 'ECONNRESET' })).toBeUndefined();
		expect(httpStatusOf({ httpCode: null })).toBeUndefined();
		expect(httpStatusOf({})).toBeUndefined();
	});

	it('survives the round trip through NodeApiError', () => {
		const error = new NodeApiError(
			{ name: 'Vocu' } as INode,
			{},
			{
				message: 'The voice does not exist',
				httpCode: errorCodeLabel(404, 'VOICE_NOT_FOUND'),
			},
		);
		expect(error.httpCode).toBe('VOICE_NOT_FOUND (HTTP 404)');
		expect(httpStatusOf(error)).toBe(404);
	});
});
