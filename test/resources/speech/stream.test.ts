import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import simpleStream from '../../fixtures/api/speech.stream.json';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const text = 'Hello there, the weather is really nice today!';
const audioId = simpleStream.response.headers['X-Reecho-Audio-Id'];
const mp3 = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(4096, 3)]);

function params(overrides: Record<string, unknown> = {}) {
	return {
		resource: 'speech',
		operation: 'stream',
		generationMode: 'plain',
		voiceId: { __rl: true, mode: 'id', value: voiceId },
		styleId: 'default',
		text,
		...overrides,
	};
}

const audioHeaders = {
	'content-type': 'audio/mpeg',
	'x-accel-buffering': 'no',
	'x-reecho-audio-id': audioId,
	'x-reecho-response-data': simpleStream.response.headers['X-Reecho-Response-Data'],
};

describe('Speech → Stream', () => {
	const vocu = useStubServer();

	it('sends the input as query parameters and returns the streamed MP3 with its metadata', async () => {
		vocu
			.on('GET', '/api/tts/simple-generate.mp3', {
				query: {
					voiceId,
					text,
					promptId: 'default',
					preset: 'stable',
					flash: 'true',
					speechRate: '0.75',
				},
				check: (request) => {
					expect(Object.keys(request.query).sort()).toEqual(
						['flash', 'preset', 'promptId', 'speechRate', 'text', 'voiceId'].sort(),
					);
					expect(request.raw.length).toBe(0);
					expect(String(request.headers.accept)).toContain('audio/mpeg');
				},
			})
			.replyWith({ status: 200, body: mp3, headers: audioHeaders });

		const { items, error } = await runVocu(
			params({ generationOptions: { preset: 'stable', flash: true, speechRate: 0.75 } }),
			{ credentials: vocuCredentials(vocu.url) },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			id: audioId,
			creditUsed: 44,
			audioUrl:
				'https://storage.vocu.ai/generate/f6d422f8-0d1c-4a26-8ee3-a255eb25ebeb/12a2dcfd-9aa8-42b6-bd47-5f6fa3a235cc.mp3',
			streamUrl:
				'https://storage.vocu.ai/generate/d590af82-4889-4ef2-91a5-1021022c85b6/stream.mp3?auth=1d105b1b-762a-4e86-8b3c-6c8c2d41b0fe',
		});
		expect(items[0].binary!.data).toMatchObject({
			mimeType: 'audio/mpeg',
			fileName: `${audioId}.mp3`,
		});
		expect(await binaryOutput(items[0].binary!.data)).toEqual(mp3);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('uses the file name and output field options and works without metadata headers', async () => {
		vocu
			.on('GET', '/api/tts/simple-generate.mp3', { query: { voiceId, text, promptId: 'default' } })
			.replyWith({ status: 200, body: mp3, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			params({ binaryPropertyOutput: 'audio', options: { fileName: 'stream.mp3' } }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].binary!.audio).toMatchObject({
			fileName: 'stream.mp3',
			mimeType: 'audio/mpeg',
		});
		expect(await binaryOutput(items[0].binary!.audio)).toEqual(mp3);
	});

	it('turns a JSON error body into a Vocu error', async () => {
		const paidOnly = simpleStream.errors.find((e) => e.code === 'TTS_PAID_ONLY')!.body;
		vocu.on('GET', '/api/tts/simple-generate.mp3').reply(403, paidOnly);
		const { error, items } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(items).toHaveLength(0);
		expect(error?.message).toBe('Synchronous generation needs a paid Vocu account');
		expect(error?.description).toContain('Code: TTS_PAID_ONLY');
	});

	it('turns a JSON error body sent with HTTP 200 into a Vocu error', async () => {
		vocu
			.on('GET', '/api/tts/simple-generate.mp3')
			.reply(200, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found.' });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The voice does not exist in this account');
	});

	it('refuses a JSON success body, which is not audio', async () => {
		vocu
			.on('GET', '/api/tts/simple-generate.mp3')
			.reply(200, { status: 200, message: 'OK', data: {} });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Vocu sent application/json instead of audio');
	});

	it('gives an error item with Continue On Fail', async () => {
		vocu.on('GET', '/api/tts/simple-generate.mp3').reply(400, {
			status: 400,
			code: 'VOICE_NOT_TTS_READY',
			message: 'Voice is not configured for TTS synthesis.',
		});
		const { error, items } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe('The voice is not ready for speech generation');
	});

	it('checks the input before sending anything', async () => {
		const { error } = await runVocu(params({ generationOptions: { speechRate: 3 } }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe("'Duration Factor' must be a number from 0.5 to 2 [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
