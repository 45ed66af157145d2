// The sandbox's async task content types as Vocu documents them (POST /api/tts/generate, contents[].type): each
// type's accepted keys (others dropped silently, and recorded), segment-naming TTS_CONTENTS_INVALID, every produced
// file downloadable from storage, SRT for the task, and a free account's srt forced off.

import { SandboxClient, SEED, looksLikeMp3 } from './client';

const client = new SandboxClient();
const GENERATE = '/api/tts/generate';

beforeAll(async () => await client.start());
afterAll(async () => await client.stop());
beforeEach(async () => await client.post('/__sandbox/reset', {}));

/** Vocu's accepted-key lists, verbatim from its task page (`contents[].type`). */
const INTERVALS = ['interval', 'interval_head', 'interval_tail', 'interval_range'];
// prettier-ignore
const DOCUMENTED_KEYS: Record<string, string[]> = {
	text: [
		'type', 'voiceId', 'text', 'promptId', 'language', 'emo_switch', 'vivid', 'break_clone', 'preset',
		'seed', 'speechRate', 'infinite_mode', 'post_processing', 'gamble', ...INTERVALS, 'instruct_mode',
		'reference_mode',
	],
	audio: [
		'type', 'voiceId', 'promptId', 'input_audio', 'speechRate', 'vc_mode', 'high_quality',
		'keep_prosody', 'cover_mode', ...INTERVALS,
	],
	sfx: ['type', 'text', 'sfx_length', 'sfx_image', 'sfx_mode', ...INTERVALS],
	music: [
		'type', 'text', 'music_duration', 'music_instrumental', 'music_lyrics', 'music_reference_audio',
		'music_reference_voice', 'music_task_type', 'music_src_audio', 'music_cover_strength', ...INTERVALS,
	],
	scene: ['type', 'text', 'language', 'mentions', 'enable_music', 'seed', 'reference_mode', ...INTERVALS],
	custom_audio: ['type', 'input_audio', ...INTERVALS],
	stem_separation: ['type', 'input_audio', ...INTERVALS],
};

async function uploaded(seconds = 6) {
	return (await client.upload(seconds)).json.data.url as string;
}

/** A valid block of `type` that sets every key Vocu accepts for it. */
async function fullBlock(type: string): Promise<Record<string, unknown>> {
	const pauses = {
		interval: 0.5,
		interval_head: 0.2,
		interval_tail: 0.3,
		interval_range: [0.2, 0.8],
	};
	const input = await uploaded();
	// prettier-ignore
	const blocks: Record<string, Record<string, unknown>> = {
		text: {
			voiceId: SEED.v4VoiceId, text: '{{cheerful}}Welcome back', promptId: 'default', language: 'en-us',
			emo_switch: [0, 3, 0, 0, 0], vivid: false, break_clone: true, preset: 'balance', seed: 7,
			speechRate: 1, infinite_mode: true, post_processing: 'default', gamble: 1, instruct_mode: true,
			reference_mode: 'balanced',
		},
		audio: {
			voiceId: SEED.readyVoiceId, promptId: 'default', input_audio: input, speechRate: 1,
			vc_mode: 'standard', high_quality: true, keep_prosody: false, cover_mode: false,
		},
		sfx: { text: 'a door creaks open', sfx_length: 3, sfx_image: 'data:image/png;base64,AA==', sfx_mode: 'default' },
		music: {
			text: 'calm piano bed', music_duration: 20, music_instrumental: true, music_lyrics: 'la la',
			music_reference_audio: input, music_reference_voice: SEED.readyVoiceId, music_task_type: 'text2music',
			music_src_audio: input, music_cover_strength: 0.5,
		},
		scene: {
			text: 'a busy cafe', language: 'en-us', mentions: ['barista'], enable_music: true, seed: 3,
			reference_mode: 'similarity',
		},
		custom_audio: { input_audio: input },
		stem_separation: { input_audio: input },
	};
	return { type, ...blocks[type], ...pauses };
}

describe('content types and their accepted keys', () => {
	it.each(Object.keys(DOCUMENTED_KEYS))(
		'%s: every documented key is kept and echoed, nothing is dropped, its audio downloads',
		async (type) => {
			const block = await fullBlock(type);
			expect(Object.keys(block).sort()).toEqual([...DOCUMENTED_KEYS[type]].sort());
			const created = await client.post(GENERATE, { contents: [block] });
			expect(created.status).toBe(200);
			const task = await client.settledTask(created.json.data.id);
			expect(task.status).toBe('generated');
			const [echo] = task.metadata.contents;
			expect(echo).toMatchObject(block);
			expect(await client.droppedKeys()).toEqual([]);
			const audio = await client.download(echo.audio);
			expect(audio.status).toBe(200);
			expect(looksLikeMp3(audio.bytes)).toBe(true);
		},
	);

	it('keys outside a type’s list are dropped silently, and the sandbox records them', async () => {
		const created = await client.post(GENERATE, {
			contents: [
				{ type: 'text', voiceId: SEED.readyVoiceId, text: 'Hi', flash: true, stream: false },
				{ type: 'sfx', text: 'thunder', voiceId: SEED.readyVoiceId, sfx_length: 2 },
				{ voiceId: SEED.readyVoiceId, text: 'legacy block', flash: true },
			],
		});
		expect(created.status).toBe(200);
		const id = created.json.data.id;
		const echoed = created.json.data.metadata.contents;
		expect(echoed[0]).not.toHaveProperty('flash');
		expect(echoed[1]).not.toHaveProperty('voiceId');
		expect(await client.droppedKeys()).toMatchObject([
			{ taskId: id, segment: 0, type: 'text', inferred: false, keys: ['flash', 'stream'] },
			{ taskId: id, segment: 1, type: 'sfx', inferred: false, keys: ['voiceId'] },
			{ taskId: id, segment: 2, type: 'text', inferred: true, keys: ['flash'] },
		]);
		await client.call('DELETE', '/__sandbox/dropped-keys');
		expect(await client.droppedKeys()).toEqual([]);
	});
});

describe('one task mixing narration, a sound effect, music and a separation', () => {
	it('produces every file on storage: segments, stems (vocals + accompaniment), merged MP3 and SRT', async () => {
		const input = await uploaded(4);
		const created = await client.post(GENERATE, {
			srt: true,
			contents: [
				{ type: 'text', voiceId: SEED.readyVoiceId, text: 'Once upon a time.', interval: 1 },
				{ type: 'sfx', text: 'a door creaks', sfx_length: 2 },
				{ type: 'music', text: 'soft strings', music_duration: 8 },
				{ type: 'stem_separation', input_audio: input },
				{ type: 'text', voiceId: SEED.readyVoiceId, text: 'The end.' },
			],
		});
		expect(created.status).toBe(200);
		const task = await client.settledTask(created.json.data.id);
		const contents = task.metadata.contents;
		for (const url of [
			...contents.map((block: { audio: string }) => block.audio),
			task.metadata.audio,
		]) {
			const file = await client.download(url);
			expect(file.status).toBe(200);
			expect(looksLikeMp3(file.bytes)).toBe(true);
		}
		const { stems } = contents[3];
		expect(Object.keys(stems).sort()).toEqual(['accompaniment', 'vocals']);
		expect(contents[3].audio).toBe(stems.vocals);
		expect(looksLikeMp3((await client.download(stems.accompaniment)).bytes)).toBe(true);
		expect(task.metadata.srt).toBe(true);
		const srt = (await client.download(task.metadata.srtUrl)).bytes.toString('utf8');
		expect(srt).toMatch(
			/^1\n00:00:00,000 --> .*\nOnce upon a time\.\n\n2\n.* --> .*\nThe end\.\n$/s,
		);
	});

	it('a free account: srt: true is forced to false and no SRT file appears', async () => {
		await client.call('PATCH', '/__sandbox/account', { isPaid: false });
		const created = await client.post(GENERATE, {
			srt: true,
			contents: [{ type: 'text', voiceId: SEED.readyVoiceId, text: 'Hello.' }],
		});
		const task = await client.settledTask(created.json.data.id);
		expect(task.metadata.srt).toBe(false);
		expect(task.metadata).not.toHaveProperty('srtUrl');
	});

	it('instruct-mode blocks carry no subtitles: no SRT file when nothing else speaks', async () => {
		const created = await client.post(GENERATE, {
			srt: true,
			contents: [
				{ type: 'text', voiceId: SEED.v4VoiceId, text: '{{sad}}Bye.', instruct_mode: true },
			],
		});
		const task = await client.settledTask(created.json.data.id);
		expect(task.status).toBe('generated');
		expect(task.metadata).not.toHaveProperty('srtUrl');
	});
});

describe('invalid contents', () => {
	it('a v4.0 voice in a text block without instruct_mode is 400 VOICE_INSTRUCT_PATH_ONLY', async () => {
		const answer = await client.post(GENERATE, {
			contents: [{ type: 'text', voiceId: SEED.v4VoiceId, text: 'Plain words' }],
		});
		expect(answer.status).toBe(400);
		expect(answer.json.code).toBe('VOICE_INSTRUCT_PATH_ONLY');
	});

	it.each([
		[
			{ type: 'audio', voiceId: SEED.readyVoiceId, input_audio: 'https://example.com/a.mp3' },
			'input_audio was not issued',
		],
		[{ type: 'custom_audio' }, 'input_audio is required'],
		[{ type: 'sfx', text: 'boom', sfx_length: 600 }, 'sfx_length'],
		[{ type: 'music', music_duration: 10 }, 'text (a music prompt) is required'],
		[{ type: 'scene', text: 'rain', language: 'en' }, 'language "en"'],
		[{ type: 'text', voiceId: SEED.readyVoiceId, text: 'x', interval: -1 }, 'interval must be'],
		[
			{ type: 'text', voiceId: SEED.readyVoiceId, text: 'x', interval_range: [2, 1] },
			'interval_range',
		],
		[{ type: 'podcast', text: 'x' }, 'type "podcast" is not one of'],
	])('%j → 400 TTS_CONTENTS_INVALID naming the segment', async (block, problem) => {
		const answer = await client.post(GENERATE, {
			contents: [{ type: 'text', voiceId: SEED.readyVoiceId, text: 'Fine.' }, block],
		});
		expect(answer.status).toBe(400);
		expect(answer.json.code).toBe('TTS_CONTENTS_INVALID');
		expect(answer.json.message).toContain('contents[1]');
		expect(answer.json.message).toContain(problem);
	});
});
