/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code: runs in Node, not inside n8n */
import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import simpleGenerate from '../../fixtures/api/speech.generate.json';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const text = 'Hello there, the weather is really nice today!';
const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2048, 7)]);
const result = simpleGenerate.response.body.data;

function params(overrides: Record<string, unknown> = {}) {
	return {
		resource: 'speech',
		operation: 'generate',
		generationMode: 'plain',
		voiceId: { __rl: true, mode: 'id', value: voiceId },
		styleId: 'default',
		text,
		...overrides,
	};
}

describe('Speech → Generate', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	function generated(audioPath = '/generate/f6d422f8/12a2dcfd-9aa8.mp3') {
		return {
			...simpleGenerate.response.body,
			data: { ...result, audio: `${storage.url}${audioPath}` },
		};
	}

	it('posts the text and returns the MP3 as binary, downloaded without the API key', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', { body: { voiceId, text, promptId: 'default' } })
			.reply(200, generated());
		storage.on('GET', '/generate/f6d422f8/12a2dcfd-9aa8.mp3').replyWith({
			status: 200,
			body: mp3,
			headers: { 'content-type': 'audio/mpeg' },
		});

		const { items, error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			id: result.id,
			creditUsed: 44,
			audioUrl: `${storage.url}/generate/f6d422f8/12a2dcfd-9aa8.mp3`,
			streamUrl: result.streamUrl,
		});
		const binary = items[0].binary!.data;
		expect(binary).toMatchObject({
			mimeType: 'audio/mpeg',
			fileName: `${String(result.id)}.mp3`, // the ID in the JSON, not the URL's name
			fileExtension: 'mp3',
		});
		expect(await binaryOutput(binary)).toEqual(mp3);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(storage.requests).toHaveLength(1);
		expect(storage.requests[0].headers.authorization).toBeUndefined();
		expect(JSON.stringify(storage.requests[0].headers)).not.toContain(TEST_API_KEY);
		expect(vocu.requests[0].headers['content-type']).toContain('application/json');
	});

	it('sends every generation option under Vocu names and honours file name and output field', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: {
					voiceId,
					text,
					promptId: '4dd2f015-1c9d-403e-8ef0-23ca76b8ebad',
					preset: 'creative',
					language: 'en-us',
					break_clone: false,
					vivid: true,
					emo_switch: [3, 7, 0, 0, 10],
					speechRate: 1.25,
					flash: false,
					seed: 42,
					srt: true,
				},
			})
			.reply(200, generated('/generate/x/y.mp3'));
		storage
			.on('GET', '/generate/x/y.mp3')
			.replyWith({ status: 200, body: mp3, headers: { 'content-type': 'binary/octet-stream' } });

		const { items, error } = await runVocu(
			params({
				styleId: '4dd2f015-1c9d-403e-8ef0-23ca76b8ebad',
				generationOptions: {
					preset: 'creative',
					language: 'en-us',
					breakClone: false,
					vivid: true,
					emotions: { anger: 3, happiness: 7, contextMatch: 10 },
					speechRate: 1.25,
					flash: false,
					seed: 42,
					srt: true,
				},
				binaryPropertyOutput: 'speech',
				options: { fileName: 'greeting.mp3' },
			}),
			{ credentials: vocuCredentials(vocu.url) },
		);

		expect(error).toBeUndefined();
		expect(Object.keys(items[0].binary!)).toEqual(['speech']);
		expect(items[0].binary!.speech).toMatchObject({
			fileName: 'greeting.mp3',
			mimeType: 'audio/mpeg',
		});
		expect(await binaryOutput(items[0].binary!.speech)).toEqual(mp3);
	});

	it('returns only JSON when Download Audio is off', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generated());
		const { items, error } = await runVocu(params({ downloadAudio: false }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].binary).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: result.id, creditUsed: 44 });
		expect(storage.requests).toHaveLength(0);
	});

	it('reports a failed audio download with the status and without the key', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generated('/generate/gone.mp3'));
		storage.on('GET', '/generate/gone.mp3').reply(404, { message: 'NoSuchKey' });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Speech audio: downloading the audio failed (HTTP 404)');
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});

	it('reports an audio download that was cut off on every try (3 in all)', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generated('/generate/cut.mp3'));
		storage
			.on('GET', '/generate/cut.mp3')
			.times(3)
			.replyWith({
				status: 200,
				body: mp3,
				headers: { 'content-type': 'audio/mpeg' },
				truncateAfter: 100,
			});
		const { error, items } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(items).toHaveLength(0);
		// Depending on timing the cut arrives before or after the response head; both must read the same way.
		expect(error?.message).toMatch(
			/^Speech audio: downloading the audio failed \((connection failed|cut off)\)$/,
		);
		expect(error?.description).toContain(`From ${storage.url}/generate/cut.mp3`);
	});

	it('refuses an audio URL that is not http(s)', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate')
			.reply(200, { status: 200, message: 'OK', data: { ...result, audio: 'file:///etc/passwd' } });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Speech audio: Vocu gave no downloadable audio URL');
	});

	it('maps Vocu errors (paid plan required)', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(403, {
			status: 403,
			code: 'TTS_PAID_ONLY',
			message: 'This feature requires a paid account.',
		});
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Synchronous generation needs a paid Vocu account');
	});

	it('keeps at most Max Concurrent Generations requests in flight', async () => {
		// In flight = arrived, not yet answered (order, not time): the test's timer is set just before the stub's
		// answer timer with the same delay, and same-delay timers fire in the order they were set.
		const seen = { inFlight: 0, peak: 0 };
		vocu
			.on('POST', '/api/tts/simple-generate')
			.times(4)
			.replyWith(() => {
				seen.peak = Math.max(seen.peak, ++seen.inFlight);
				setTimeout(() => seen.inFlight--, 100);
				return { status: 200, json: generated(), delayMs: 100 };
			});
		const { items, error } = await runVocu(
			params({ downloadAudio: false, options: { maxConcurrent: 2 } }),
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: {} }, { json: {} }, { json: {} }, { json: {} }],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(seen.peak).toBe(2);
	});

	it('reports a generation that got no answer as "may have run" and does not send it again', async () => {
		vocu.on('POST', '/api/tts/simple-generate').replyWith({ destroy: true });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The connection to Vocu broke: the generation may still have run');
		expect(vocu.requests).toHaveLength(1);
		expect(storage.requests).toHaveLength(0);
	});

	describe('validation (nothing is sent)', () => {
		it.each([
			['empty text', { text: '   ' }, "'Text' is empty [item 0]"],
			[
				'speech rate above 2',
				{ generationOptions: { speechRate: 2.5 } },
				"'Duration Factor' must be a number from 0.5 to 2 [item 0]",
			],
			[
				'speech rate below 0.5',
				{ generationOptions: { speechRate: 0.1 } },
				"'Duration Factor' must be a number from 0.5 to 2 [item 0]",
			],
			[
				'emotion above 10',
				{ generationOptions: { emotions: { sadness: 11 } } },
				"'Emotion Mix: Sadness' must be a whole number from 0 to 10 [item 0]",
			],
			[
				'fractional emotion',
				{ generationOptions: { emotions: { anger: 2.5 } } },
				"'Emotion Mix: Anger' must be a whole number from 0 to 10 [item 0]",
			],
			[
				'unknown language',
				{ generationOptions: { language: '={{ "klingon" }}' } },
				'\'Language\' "klingon" is not supported [item 0]',
			],
			[
				'subtitles with flash',
				{ generationOptions: { srt: true, flash: true } },
				'Subtitles cannot be combined with Flash Mode [item 0]',
			],
			[
				'seed not an integer',
				{ generationOptions: { seed: 1.5 } },
				"'Seed' must be a whole number from -1 to 2147483647 [item 0]",
			],
		])('%s', async (_name, overrides, message) => {
			const { error } = await runVocu(params(overrides), {
				credentials: vocuCredentials(vocu.url),
			});
			expect(error?.message).toBe(message);
			expect(vocu.requests).toHaveLength(0);
		});

		it('names the item that failed', async () => {
			vocu
				.on('POST', '/api/tts/simple-generate', {
					body: { voiceId, text: 'fine', promptId: 'default' },
				})
				.reply(200, generated());
			const { error } = await runVocu(params({ text: '={{ $json.text }}', downloadAudio: false }), {
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { text: 'fine' } }, { json: { text: '' } }],
			});
			expect(error?.message).toBe("'Text' is empty [item 1]");
			expect(vocu.requests).toHaveLength(1);
		});
	});
});
