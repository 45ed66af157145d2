import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import createTask from '../../fixtures/api/task.create.json';

const taskId = createTask.response.body.data.id;
const voiceA = '46cc9a76-acd7-4af7-a13a-f8b1408b1848';
const voiceB = 'b8511ce5-0860-4703-9be6-db6017668227';
const textA = 'Hello there, the weather is really nice today!';
const textB = "Yes, yes, I think so too, it's perfect for going out!";
const merged = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(3000, 1)]);
const segment1 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(1000, 2)]);
const segment2 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(1500, 3)]);

const taskPath = `/api/tts/generate/${taskId}`;

function singleParams(overrides: Record<string, unknown> = {}) {
	return {
		resource: 'task',
		operation: 'create',
		generationMode: 'plain',
		voiceId: { __rl: true, mode: 'id', value: voiceA },
		styleId: 'default',
		text: textA,
		pollInterval: 1,
		maxWait: 20,
		...overrides,
	};
}

describe('Task → Create', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	const created = createTask.response.body.data;
	function task(status: string, extra: Record<string, unknown> = {}) {
		return { ...created, status, ...extra };
	}
	function generatedTask(segments = 1) {
		const contents = [
			{
				voiceId: voiceA,
				text: textA,
				audio: `${storage.url}/generate/t/seg-1.mp3`,
				generatedAt: '2025-01-01T00:00:00Z',
			},
			{
				voiceId: voiceB,
				text: textB,
				audio: `${storage.url}/generate/t/seg-2.mp3`,
				generatedAt: '2025-01-01T00:00:01Z',
			},
		].slice(0, segments);
		return task('generated', {
			metadata: {
				...created.metadata,
				contents,
				audio: `${storage.url}/generate/t/task-merged.mp3`,
				srt: false,
			},
		});
	}
	function statusSequence(...bodies: unknown[]) {
		let call = 0;
		return () => ({ status: 200, json: envelope(bodies[Math.min(call++, bodies.length - 1)]) });
	}

	it('creates one task per item, polls pending → processing → generated and returns the merged MP3', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: { contents: [{ type: 'text', voiceId: voiceA, text: textA, promptId: 'default' }] },
			})
			.reply(200, envelope(task('pending')));
		vocu
			.on('GET', taskPath)
			.times(2)
			.replyWith(statusSequence(task('processing'), generatedTask()));
		storage
			.on('GET', '/generate/t/task-merged.mp3')
			.replyWith({ status: 200, body: merged, headers: { 'content-type': 'audio/mpeg' } });

		const { items, error } = await runVocu(singleParams(), {
			credentials: vocuCredentials(vocu.url),
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: taskId, status: 'generated' });
		expect(items[0].json.waitTimedOut).toBeUndefined();
		expect(items[0].binary!.data).toMatchObject({
			fileName: `${taskId}.mp3`,
			mimeType: 'audio/mpeg',
		});
		expect(await binaryOutput(items[0].binary!.data)).toEqual(merged);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(vocu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /api/tts/generate',
			`GET ${taskPath}`,
			`GET ${taskPath}`,
		]);
		expect(storage.requests[0].headers.authorization).toBeUndefined();
		expect(JSON.stringify(storage.requests[0].headers)).not.toContain(TEST_API_KEY);
	});

	it('sends several segments with their own options, subtitles at task level, and downloads each segment', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					contents: [
						{
							type: 'text',
							voiceId: voiceA,
							text: textA,
							promptId: 'default',
							preset: 'stable',
							emo_switch: [0, 8, 0, 0, 0],
						},
						{
							type: 'text',
							voiceId: `market:${voiceB}`,
							text: textB,
							promptId: '67dde895-bf07-4d07-8b7b-8c13b4f9d794',
							speechRate: 0.8,
							language: 'en-us',
							seed: 7,
						},
					],
					srt: true,
				},
			})
			.reply(200, envelope(task('pending')));
		vocu.on('GET', taskPath).reply(200, envelope(generatedTask(2)));
		storage
			.on('GET', '/generate/t/task-merged.mp3')
			.replyWith({ status: 200, body: merged, headers: { 'content-type': 'audio/mpeg' } });
		storage
			.on('GET', '/generate/t/seg-1.mp3')
			.replyWith({ status: 200, body: segment1, headers: { 'content-type': 'audio/mpeg' } });
		storage
			.on('GET', '/generate/t/seg-2.mp3')
			.replyWith({ status: 200, body: segment2, headers: { 'content-type': 'audio/mpeg' } });

		const { items, error } = await runVocu(
			{
				resource: 'task',
				operation: 'create',
				contentMode: 'multiple',
				segments: {
					segment: [
						{
							voiceId: voiceA,
							styleId: 'default',
							text: textA,
							generationMode: 'plain',
							generationOptions: { preset: 'stable', emotions: { happiness: 8 } },
						},
						{
							voiceId: ` market:${voiceB} `,
							styleId: '67dde895-bf07-4d07-8b7b-8c13b4f9d794',
							text: textB,
							generationMode: 'plain',
							generationOptions: { speechRate: 0.8, language: 'en-us', seed: 7 },
						},
					],
				},
				pollInterval: 1,
				binaryPropertyOutput: 'audio',
				options: { srt: true, downloadSegments: true, fileName: 'dialogue.mp3' },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);

		expect(error).toBeUndefined();
		const binary = items[0].binary!;
		expect(Object.keys(binary).sort()).toEqual(['audio', 'audio_segment1', 'audio_segment2']);
		expect(binary.audio.fileName).toBe('dialogue.mp3');
		expect(binary.audio_segment2.fileName).toBe('seg-2.mp3');
		expect(await binaryOutput(binary.audio)).toEqual(merged);
		expect(await binaryOutput(binary.audio_segment1)).toEqual(segment1);
		expect(await binaryOutput(binary.audio_segment2)).toEqual(segment2);
	});

	it('returns the new task at once without Wait for Completion', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		const { items, error } = await runVocu(singleParams({ waitForCompletion: false }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: taskId, status: 'pending' });
		expect(items[0].binary).toBeUndefined();
		expect(vocu.requests).toHaveLength(1);
	});

	it('returns JSON only when Download Audio is off', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		vocu.on('GET', taskPath).reply(200, envelope(generatedTask()));
		const { items, error } = await runVocu(singleParams({ downloadAudio: false }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json.status).toBe('generated');
		expect(items[0].binary).toBeUndefined();
		expect(storage.requests).toHaveLength(0);
	});

	it('fails with the task ID when the task fails', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		vocu.on('GET', taskPath).reply(200, envelope(task('failed')));
		const { error, items } = await runVocu(singleParams(), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(items).toHaveLength(0);
		expect(error?.message).toBe(`Vocu task ${taskId} failed`);
	});

	it('gives an error item naming the task when it fails with Continue On Fail', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		vocu.on('GET', taskPath).reply(200, envelope(task('failed')));
		const { error, items } = await runVocu(singleParams(), {
			credentials: vocuCredentials(vocu.url),
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			error: `Vocu task ${taskId} failed`,
			description: expect.stringContaining('Task → Regenerate'),
			generationId: taskId,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('returns the task with its ID and status when Max Wait passes, without submitting it again', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		vocu.on('GET', taskPath).reply(200, envelope(task('processing')));
		const { items, error } = await runVocu(singleParams({ pollInterval: 1, maxWait: 1 }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: taskId, status: 'processing', waitTimedOut: true });
		expect(items[0].binary).toBeUndefined();
		expect(vocu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	it('keeps polling through a transient error', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		let call = 0;
		vocu
			.on('GET', taskPath)
			.times(2)
			.replyWith(() =>
				call++ === 0
					? { status: 500, json: { status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'boom' } }
					: { status: 200, json: envelope(generatedTask()) },
			);
		const { items, error } = await runVocu(singleParams({ downloadAudio: false }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json.status).toBe('generated');
	});

	it('keeps the task when Vocu can no longer be asked about it', async () => {
		vocu.on('POST', '/api/tts/generate').reply(200, envelope(task('pending')));
		vocu
			.on('GET', taskPath)
			.reply(404, { status: 404, code: 'GENERATE_NOT_FOUND', message: 'Generation not found.' });
		const { items, error } = await runVocu(singleParams(), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: taskId,
			status: 'pending',
			waitError: 'The task does not exist',
		});
	});

	it('reports a create request that got no answer as "may have run" and does not send it again', async () => {
		vocu.on('POST', '/api/tts/generate').replyWith({ destroy: true });
		const { error } = await runVocu(singleParams(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The connection to Vocu broke: the generation may still have run');
		expect(vocu.requests).toHaveLength(1);
	});

	it('maps a Vocu rejection of the segments', async () => {
		vocu
			.on('POST', '/api/tts/generate')
			.reply(400, createTask.errors.find((e) => e.code === 'TTS_CONTENTS_INVALID')!.body);
		const { error } = await runVocu(singleParams(), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Vocu rejected one of the task segments [item 0]');
	});

	describe('validation (nothing is sent)', () => {
		const segment = { voiceId: voiceA, styleId: 'default', text: textA };
		it.each([
			['empty text', singleParams({ text: '={{ $json.text }}' }), "'Text' is empty [item 0]"],
			[
				'empty text in segment 2',
				{
					...singleParams(),
					contentMode: 'multiple',
					segments: { segment: [segment, { ...segment, text: ' ' }] },
				},
				"'Text' is empty [item 0, segment 2]",
			],
			[
				'missing voice in a segment',
				{
					...singleParams(),
					contentMode: 'multiple',
					segments: { segment: [{ ...segment, voiceId: '={{ $json.voice }}' }] },
				},
				"'Voice ID' is empty [item 0, segment 1]",
			],
			[
				'no segments',
				{ ...singleParams(), contentMode: 'multiple', segments: {} },
				'No segments [item 0]',
			],
			[
				'emotion out of range in a segment',
				{
					...singleParams(),
					contentMode: 'multiple',
					segments: { segment: [{ ...segment, generationOptions: { emotions: { neutral: -1 } } }] },
				},
				"'Emotion Mix: Neutral' must be a whole number from 0 to 10 [item 0, segment 1]",
			],
			[
				'speech rate out of range',
				singleParams({ generationOptions: { speechRate: 2.01 } }),
				"'Duration Factor' must be a number from 0.5 to 2 [item 0]",
			],
			[
				'subtitles with a controllable segment',
				singleParams({ generationMode: 'controllable', options: { srt: true } }),
				'Subtitles cannot be combined with controllable generation [item 0]',
			],
			[
				'poll interval zero',
				singleParams({ pollInterval: 0 }),
				"'Poll Interval' must be from 1 to 600 seconds [item 0]",
			],
		])('%s', async (_name, parameters, message) => {
			const { error } = await runVocu(parameters, {
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { text: '', voice: '' } }],
			});
			expect(error?.message).toBe(message);
			expect(vocu.requests).toHaveLength(0);
		});
	});
});
