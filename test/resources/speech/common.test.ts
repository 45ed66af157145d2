import type { IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { applySyncTimeout, speechResultJson } from '../../../nodes/Vocu/resources/speech/common';
import { audioMimeType, fileNameFromUrl, isHttpUrl, redactUrl } from '../../../nodes/Vocu/shared/audio';
import { SYNC_GENERATION_TIMEOUT_MS } from '../../../nodes/Vocu/shared/constants';
import { asQueryParameters, generationParameters } from '../../../nodes/Vocu/shared/fields/generationOptions';

const node = { name: 'Vocu' } as INode;

function contextWithSettings(requestOptions: Record<string, unknown>): IExecuteSingleFunctions {
	return {
		getNodeParameter: (name: string, fallback: unknown) => (name === 'requestOptions' ? requestOptions : fallback),
	} as unknown as IExecuteSingleFunctions;
}

describe('speech helpers', () => {
	describe('applySyncTimeout', () => {
		it("outlasts Vocu's 330 s hold when the user set no timeout (n8n's routing would use 300 s)", () => {
			const options = { url: '/x', timeout: 300_000 } as IHttpRequestOptions;
			applySyncTimeout(contextWithSettings({}), options);
			expect(options.timeout).toBe(SYNC_GENERATION_TIMEOUT_MS);
			expect(SYNC_GENERATION_TIMEOUT_MS).toBeGreaterThan(330_000);
		});

		it('keeps the timeout the user set in Request Options', () => {
			const options = { url: '/x', timeout: 45_000 } as IHttpRequestOptions;
			applySyncTimeout(contextWithSettings({ timeout: 45_000 }), options);
			expect(options.timeout).toBe(45_000);
		});
	});

	describe('generationParameters', () => {
		it('maps node names to Vocu names and fills unset emotions with 0', () => {
			expect(
				generationParameters(node, { itemIndex: 0 }, {
					breakClone: true,
					emotions: { sadness: 4 },
					language: 'ZH',
					speechRate: '1.5',
				}),
			).toEqual({ break_clone: true, emo_switch: [0, 0, 0, 4, 0], language: 'zh', speechRate: 1.5 });
		});

		it('sends nothing that was not set', () => {
			expect(generationParameters(node, { itemIndex: 0 }, {})).toEqual({});
		});

		it('accepts preset keys from Vocu’s preset list but not arbitrary text', () => {
			expect(generationParameters(node, { itemIndex: 0 }, { preset: 'v3_balance_pro' })).toEqual({
				preset: 'v3_balance_pro',
			});
			expect(() => generationParameters(node, { itemIndex: 2 }, { preset: 'very stable!' })).toThrow(
				'"Preset" is not a preset key (item 2)',
			);
		});

		it('throws NodeOperationError naming the field, item and segment', () => {
			let error: unknown;
			try {
				generationParameters(node, { itemIndex: 3, segment: 2 }, { speechRate: 'fast' });
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toBe('"Speech Rate" must be a number from 0.5 to 2 (item 3, segment 2)');
		});
	});

	it('writes booleans as text in query parameters', () => {
		expect(asQueryParameters({ flash: true, srt: false, seed: 3, text: 'hi' })).toEqual({
			flash: 'true',
			srt: 'false',
			seed: 3,
			text: 'hi',
		});
	});

	it('names results readably', () => {
		expect(speechResultJson({ id: 'a', audio: 'u', credit_used: 3, billing: { x: 1 } })).toEqual({
			id: 'a',
			creditUsed: 3,
			audioUrl: 'u',
			billing: { x: 1 },
		});
	});

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
			expect(fileNameFromUrl('https://storage.vocu.ai/generate/a/12a2dcfd-merged.mp3?auth=x')).toBe('12a2dcfd-merged.mp3');
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
});
