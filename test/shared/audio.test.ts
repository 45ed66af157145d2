import {
	audioMimeType,
	fileNameFromUrl,
	isHttpUrl,
	redactUrl,
} from '../../nodes/Vocu/shared/audio';

describe('audio URL helpers', () => {
	it.each([
		['https://storage.vocu.ai/generate/a/b.mp3', true],
		['http://127.0.0.1:1/a.mp3', true],
		['file:///etc/passwd', false],
		['ftp://host/a.mp3', false],
		['not a url', false],
		[undefined, false],
	])('isHttpUrl(%s) is %s', (url, expected) => expect(isHttpUrl(url)).toBe(expected));

	it('takes the file name from the URL path', () => {
		expect(fileNameFromUrl('https://storage.vocu.ai/generate/a/12a2dcfd-merged.mp3?auth=x')).toBe(
			'12a2dcfd-merged.mp3',
		);
		expect(fileNameFromUrl('https://storage.vocu.ai/')).toBe('audio.mp3');
		expect(fileNameFromUrl('https://storage.vocu.ai/a/my%20file.mp3')).toBe('my file.mp3');
	});

	it('drops query strings (stream URLs carry an auth token) from URLs shown in messages', () => {
		expect(redactUrl('https://storage.vocu.ai/generate/x/stream.mp3?auth=secret')).toBe(
			'https://storage.vocu.ai/generate/x/stream.mp3',
		);
	});

	it('falls back to audio/mpeg for a missing or generic content type', () => {
		expect(audioMimeType(undefined)).toBe('audio/mpeg');
		expect(audioMimeType('application/octet-stream')).toBe('audio/mpeg');
		expect(audioMimeType('binary/octet-stream')).toBe('audio/mpeg');
		expect(audioMimeType('audio/wav; charset=binary')).toBe('audio/wav');
	});
});
