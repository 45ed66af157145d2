import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';
import getTask from '../../fixtures/api/task.get.json';

const taskId = getTask.response.body.data.id;
const taskPath = `/api/tts/generate/${taskId}`;
const fixtureTask = getTask.response.body.data;
const merged = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2500, 9)]);
const segmentAudio = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(900, 4)]);

describe('Task → Get', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	function storedTask(status = 'generated') {
		return {
			...fixtureTask,
			status,
			metadata: {
				...fixtureTask.metadata,
				contents: [
					{
						...fixtureTask.metadata.contents[0],
						audio: `${storage.url}/generate/d8/2dbda2bb-25.mp3`,
					},
				],
				audio: `${storage.url}/generate/6b/076d704c-merged.mp3`,
			},
		};
	}

	it('returns the whole task as JSON with Simplify off', async () => {
		vocu.on('GET', taskPath).reply(200, getTask.response.body);
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId, simplify: false },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixtureTask, pairedItem: { item: 0 } }]);
	});

	it('returns status, audio URLs and length by default (Simplify), without voices or settings', async () => {
		vocu.on('GET', taskPath).reply(200, getTask.response.body);
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		const { metadata } = fixtureTask;
		expect(items).toEqual([
			{
				json: {
					id: taskId,
					status: 'generated',
					audioUrl: metadata.audio,
					subtitlesUrl: typeof metadata.srt === 'string' ? metadata.srt : null,
					characters: metadata.characters,
					generatedAt: metadata.generatedAt,
					segments: metadata.contents.map((segment) => ({
						voiceId: segment.voiceId,
						audioUrl: segment.audio,
					})),
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('keeps the downloaded audio when it simplifies', async () => {
		vocu.on('GET', taskPath).reply(200, envelope(storedTask()));
		storage
			.on('GET', '/generate/6b/076d704c-merged.mp3')
			.replyWith({ status: 200, body: merged, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId, downloadAudio: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: taskId,
			audioUrl: `${storage.url}/generate/6b/076d704c-merged.mp3`,
		});
		expect(items[0].json.metadata).toBeUndefined();
		expect(await binaryOutput(items[0].binary!.data)).toEqual(merged);
	});

	it('downloads the merged and segment audio of a generated task without the API key', async () => {
		vocu.on('GET', taskPath).reply(200, envelope(storedTask()));
		storage
			.on('GET', '/generate/6b/076d704c-merged.mp3')
			.replyWith({ status: 200, body: merged, headers: { 'content-type': 'audio/mpeg' } });
		storage
			.on('GET', '/generate/d8/2dbda2bb-25.mp3')
			.replyWith({ status: 200, body: segmentAudio, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			{
				resource: 'task',
				operation: 'get',
				taskId,
				downloadAudio: true,
				options: { downloadSegments: true },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		const binary = items[0].binary!;
		expect(binary.data).toMatchObject({ fileName: `${taskId}.mp3`, mimeType: 'audio/mpeg' });
		expect(binary.data_segment1).toMatchObject({
			fileName: '2dbda2bb-25.mp3',
			mimeType: 'audio/mpeg',
		});
		expect(await binaryOutput(binary.data)).toEqual(merged);
		expect(await binaryOutput(binary.data_segment1)).toEqual(segmentAudio);
		expect(storage.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
	});

	it('returns a task that is not generated yet without downloading', async () => {
		vocu.on('GET', taskPath).reply(200, envelope({ ...storedTask('processing') }));
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId, downloadAudio: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json.status).toBe('processing');
		expect(items[0].binary).toBeUndefined();
	});

	it('says the task does not exist on 404', async () => {
		vocu.on('GET', taskPath).reply(404, { status: 404, message: 'Not Found' });
		const { error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The task does not exist');
	});

	it('refuses a task ID that is not an ID before sending', async () => {
		const { error } = await runVocu(
			{ resource: 'task', operation: 'get', taskId: '../account/info' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe("'Task ID' is not a valid Vocu ID [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
