// The sandbox's synchronous generation as Vocu documents it: v4.0 voices only on the controllable (instruct) path,
// voice conversion from uploaded audio only, SRT as a storage file, the streaming routes and their headers.

import { SandboxClient, SEED, silentMp3, silentWav, looksLikeMp3 } from './client';

const client = new SandboxClient();
const SIMPLE = '/api/tts/simple-generate';

beforeAll(async () => await client.start());
afterAll(async () => await client.stop());
beforeEach(async () => await client.post('/__sandbox/reset', {}));

function query(params: Record<string, string>) {
	return new URLSearchParams(params).toString();
}

describe('v4.0 voices and the controllable (instruct) path', () => {
	it('seeds a ready v4.0 voice next to the v3.0 ones, with the voice IDs unchanged', async () => {
		const { json } = await client.get('/api/voice');
		const versions = Object.fromEntries(
			json.data.map((voice: { id: string; version: string }) => [voice.id, voice.version]),
		);
		expect(versions[SEED.v4VoiceId]).toBe('v4.0');
		expect(versions[SEED.readyVoiceId]).toBe('v3.0');
		const v4 = json.data.find((voice: { id: string }) => voice.id === SEED.v4VoiceId);
		expect(v4.status).toBe('pending');
	});

	it.each([
		['POST', SIMPLE],
		['GET', SIMPLE],
		['GET', `${SIMPLE}.mp3`],
	])(
		'a v4.0 voice on the plain path: %s %s answers 400 VOICE_INSTRUCT_PATH_ONLY',
		async (method, path) => {
			const params = { voiceId: SEED.v4VoiceId, text: 'Hello there' };
			const answer =
				method === 'POST'
					? await client.post(path, params)
					: await client.get(`${path}?${query(params)}`);
			expect(answer.status).toBe(400);
			expect(answer.json.code).toBe('VOICE_INSTRUCT_PATH_ONLY');
		},
	);

	it('instruct_mode with {{…}} markers speaks a v4.0 voice; markers are not billed', async () => {
		const text = '{{speak softly}}Hello there';
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.v4VoiceId,
			text,
			instruct_mode: true,
			reference_mode: 'expressive',
		});
		expect(answer.status).toBe(200);
		expect(answer.json.data.credit_used).toBe('Hello there'.length);
		const audio = await client.download(answer.json.data.audio);
		expect(audio.status).toBe(200);
		expect(looksLikeMp3(audio.bytes)).toBe(true);
		expect(await client.droppedKeys()).toEqual([]);
	});

	it('the streaming route with instruct_mode answers Range requests (206, 416) with an ETag', async () => {
		const params = { voiceId: SEED.v4VoiceId, text: '{{calm}}One two', instruct_mode: 'true' };
		const whole = await client.get(`${SIMPLE}.mp3?${query(params)}`);
		expect(whole.status).toBe(200);
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect(whole.headers.get('etag')).toMatch(/^".+"$/);
		const part = await client.get(`${SIMPLE}.mp3?${query(params)}`, { range: 'bytes=0-99' });
		expect(part.status).toBe(206);
		expect(part.bytes.length).toBe(100);
		expect(part.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
		const beyond = await client.get(`${SIMPLE}.mp3?${query(params)}`, { range: 'bytes=99999999-' });
		expect(beyond.status).toBe(416);
	});

	it('reference_mode outside instruct mode, or with a bad value, is recorded as having no effect', async () => {
		await client.post(SIMPLE, {
			voiceId: SEED.readyVoiceId,
			text: 'Hi',
			reference_mode: 'balanced',
		});
		await client.post(SIMPLE, {
			voiceId: SEED.v4VoiceId,
			text: 'Hi',
			instruct_mode: true,
			reference_mode: 'loud',
		});
		const dropped = await client.droppedKeys();
		expect(dropped.map((entry: { keys: string[] }) => entry.keys)).toEqual([
			['reference_mode'],
			['reference_mode'],
		]);
	});
});

describe('subtitles (srt)', () => {
	it('POST with srt: true gives data.srt, an .srt file on storage that refuses the API key', async () => {
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.readyVoiceId,
			text: 'Hello there.',
			srt: true,
		});
		expect(answer.status).toBe(200);
		const srt = await client.download(answer.json.data.srt);
		expect(srt.status).toBe(200);
		expect(srt.bytes.toString('utf8')).toMatch(
			/^1\n00:00:00,000 --> 00:00:\d\d,\d{3}\nHello there\.\n$/,
		);
		const refused = jest.spyOn(console, 'error').mockImplementation(() => undefined);
		expect((await client.download(answer.json.data.srt, true)).status).toBe(400);
		expect(refused).toHaveBeenCalledTimes(1);
		refused.mockRestore();
	});

	it('the streaming answer carries srt and the audio URL in X-Reecho-Response-Data', async () => {
		const params = { voiceId: SEED.readyVoiceId, text: 'Grüße aus dem Studio', srt: '1' };
		const answer = await client.get(`${SIMPLE}.mp3?${query(params)}`);
		expect(answer.status).toBe(200);
		expect(looksLikeMp3(answer.bytes)).toBe(true);
		const data = JSON.parse(answer.headers.get('x-reecho-response-data') ?? '{}');
		expect(data).toMatchObject({ id: answer.headers.get('x-reecho-audio-id') });
		expect((await client.download(data.audio)).bytes.equals(answer.bytes)).toBe(true);
		expect((await client.download(data.srt)).bytes.toString('utf8')).toContain(
			'Grüße aus dem Studio',
		);
		expect(data.estimatedDuration).toBeGreaterThan(0);
	});

	it('the old GET /api/tts/simple-generate route still streams', async () => {
		const answer = await client.get(
			`${SIMPLE}?${query({ voiceId: SEED.readyVoiceId, text: 'Hi' })}`,
		);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('audio/mpeg');
	});

	it('instruct mode produces no srt (Vocu: srt has no effect there)', async () => {
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.v4VoiceId,
			text: '{{warm}}Hello',
			instruct_mode: true,
			srt: true,
		});
		expect(answer.status).toBe(200);
		expect(answer.json.data.srt).toBeUndefined();
		expect(await client.droppedKeys()).toMatchObject([{ keys: ['srt'] }]);
	});

	it('srt without it asked for: no srt in the answer', async () => {
		const answer = await client.post(SIMPLE, { voiceId: SEED.readyVoiceId, text: 'Hi' });
		expect(answer.json.data).not.toHaveProperty('srt');
	});
});

describe('voice conversion', () => {
	it('upload-audio returns a storage URL and the duration; too long (> 300 s) is 400 VALIDATION_TOO_LONG', async () => {
		const ok = await client.upload(12);
		expect(ok.status).toBe(200);
		expect(ok.json.data.url).toMatch(new RegExp(`^${client.storageUrl}/vc-input/`));
		expect(ok.json.data.duration).toBeCloseTo(12, 0);
		const wav = await client.upload(0, 'audio/wav', silentWav(4));
		expect(wav.json.data.duration).toBeCloseTo(4, 1);
		const long = await client.upload(0, 'audio/wav', silentWav(301));
		expect(long.status).toBe(400);
		expect(long.json.code).toBe('VALIDATION_TOO_LONG');
		const notAudio = await client.post('/api/tts/upload-audio', {
			audio: 'data:text/plain;base64,aGk=',
		});
		expect(notAudio.json.code).toBe('UPLOAD_AUDIO_INVALID');
	});

	it('input_audio + vc_mode + high_quality converts an uploaded clip: same length, billed by seconds', async () => {
		const upload = await client.upload(12);
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.readyVoiceId,
			input_audio: upload.json.data.url,
			vc_mode: 'similarity',
			high_quality: true,
		});
		expect(answer.status).toBe(200);
		expect(answer.json.data.credit_used).toBe(12);
		const audio = await client.download(answer.json.data.audio);
		expect(audio.bytes.length).toBe(silentMp3(12).length);
		expect(await client.droppedKeys()).toEqual([]);
	});

	it('an audio URL the platform did not issue is 400 TTS_INPUT_AUDIO_INVALID (POST and GET)', async () => {
		const foreign = 'https://example.com/clip.mp3';
		const post = await client.post(SIMPLE, { voiceId: SEED.readyVoiceId, input_audio: foreign });
		expect(post.status).toBe(400);
		expect(post.json.code).toBe('TTS_INPUT_AUDIO_INVALID');
		const params = {
			voiceId: SEED.readyVoiceId,
			input_audio: `${client.storageUrl}/vc-input/x/y.mp3`,
		};
		const get = await client.get(`${SIMPLE}.mp3?${query(params)}`);
		expect(get.json.code).toBe('TTS_INPUT_AUDIO_INVALID');
	});

	it('a generated audio URL is accepted as input; TTS fields sent with it are recorded as cleared', async () => {
		const spoken = await client.post(SIMPLE, { voiceId: SEED.readyVoiceId, text: 'Source line' });
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.v4VoiceId,
			input_audio: spoken.json.data.audio,
			vc_mode: 'cover',
			text: 'ignored',
			emo_switch: [1, 0, 0, 0, 0],
		});
		expect(answer.status).toBe(200);
		expect(await client.droppedKeys()).toMatchObject([
			{ keys: ['text', 'emo_switch'], reason: 'cleared in voice conversion' },
		]);
	});

	it('a vc_mode outside standard/similarity/prosody/cover is 400 VALIDATION_INVALID_VALUE', async () => {
		const upload = await client.upload(2);
		const answer = await client.post(SIMPLE, {
			voiceId: SEED.readyVoiceId,
			input_audio: upload.json.data.url,
			vc_mode: 'karaoke',
		});
		expect(answer.status).toBe(400);
		expect(answer.json.code).toBe('VALIDATION_INVALID_VALUE');
	});
});
