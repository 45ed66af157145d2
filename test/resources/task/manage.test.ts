import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import deleteTask from '../../fixtures/api/tts.deleteTask.json';
import getTask from '../../fixtures/api/tts.getTask.json';
import listTasks from '../../fixtures/api/tts.listTasks.json';

const taskId = getTask.response.body.data.id;
const taskPath = `/api/tts/generate/${taskId}`;
const fixtureTask = getTask.response.body.data;
const merged = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2500, 9)]);
const segmentAudio = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(900, 4)]);

function envelope(data: unknown) {
	return { status: 200, message: 'OK', data };
}

describe('Task → Get, Get Many, Delete, Regenerate', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	function storedTask(status = 'generated') {
		return {
			...fixtureTask,
			status,
			metadata: {
				...fixtureTask.metadata,
				contents: [{ ...fixtureTask.metadata.contents[0], audio: `${storage.url}/generate/d8/2dbda2bb-25.mp3` }],
				audio: `${storage.url}/generate/6b/076d704c-merged.mp3`,
			},
		};
	}

	describe('Get', () => {
		it('returns the task as JSON by default', async () => {
			vocu.on('GET', taskPath).reply(200, getTask.response.body);
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'get', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([{ json: fixtureTask, pairedItem: { item: 0 } }]);
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
				{ resource: 'task', operation: 'get', taskId, downloadAudio: true, options: { downloadSegments: true } },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			const binary = items[0].binary!;
			expect(binary.data).toMatchObject({ fileName: '076d704c-merged.mp3', mimeType: 'audio/mpeg' });
			expect(binary.data_segment1).toMatchObject({ fileName: '2dbda2bb-25.mp3', mimeType: 'audio/mpeg' });
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
			expect(error?.message).toBe('"Task ID" is not a valid Vocu ID (item 0)');
			expect(vocu.requests).toHaveLength(0);
		});
	});

	describe('Get Many', () => {
		const listItem = listTasks.response.body.data[0];
		const page = (count: number, start: number) =>
			Array.from({ length: count }, (_, i) => ({ ...listItem, id: `task-${start + i}` }));

		it('pages with offset/limit until a short page when Return All is on', async () => {
			vocu
				.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '100', status: 'generated' } })
				.reply(200, envelope(page(100, 0)));
			vocu
				.on('GET', '/api/tts/generate', { query: { offset: '100', limit: '100', status: 'generated' } })
				.reply(200, envelope(page(30, 100)));
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'getAll', returnAll: true, filters: { status: 'generated' } },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(130);
			expect(items[129].json.id).toBe('task-129');
			expect(items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
			expect(vocu.requests).toHaveLength(2);
		});

		it('stops at Limit when Return All is off', async () => {
			vocu
				.on('GET', '/api/tts/generate', {
					query: { offset: '0', limit: '100' },
					check: (request) => expect(request.query.status).toBeUndefined(),
				})
				.reply(200, envelope(page(100, 0)));
			vocu.on('GET', '/api/tts/generate', { query: { offset: '100', limit: '20' } }).reply(200, envelope(page(20, 100)));
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'getAll', returnAll: false, limit: 120 },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(120);
			expect(vocu.requests).toHaveLength(2);
		});

		it('asks for one small page for a small Limit', async () => {
			vocu.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '5' } }).reply(200, envelope(page(5, 0)));
			const { items } = await runVocu(
				{ resource: 'task', operation: 'getAll', limit: 5 },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(items.map((item) => item.json.id)).toEqual(['task-0', 'task-1', 'task-2', 'task-3', 'task-4']);
		});

		it('returns nothing for an empty list', async () => {
			vocu.on('GET', '/api/tts/generate').reply(200, envelope([]));
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'getAll', returnAll: true },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([]);
		});
	});

	describe('Delete', () => {
		it('deletes a settled task', async () => {
			vocu.on('DELETE', taskPath).reply(200, deleteTask.response.body);
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'delete', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		});

		it.each([
			['with the code', deleteTask.errors.find((e) => e.code === 'GENERATE_DELETE_IN_PROGRESS')!.body],
			['without a code (older API edition)', { status: 403, message: 'Forbidden' }],
		])('explains that a running task must finish first (%s)', async (_name, body) => {
			vocu.on('DELETE', taskPath).reply(403, body);
			const { error } = await runVocu(
				{ resource: 'task', operation: 'delete', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error?.message).toBe('The task is still running and cannot be deleted yet');
			expect(error?.description).toContain('wait until the task is generated or failed, then delete it');
			expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
		});
	});

	describe('Regenerate', () => {
		it('submits the segment inputs of the task again, with the same subtitles setting', async () => {
			const old = {
				...fixtureTask,
				metadata: {
					...fixtureTask.metadata,
					srt: true,
					contents: [
						{ ...fixtureTask.metadata.contents[0], promptId: 'default' },
						{
							voiceId: 'market:b8511ce5-0860-4703-9be6-db6017668227',
							text: 'Second line.',
							speechRate: 1.5,
							audio: 'https://storage.vocu.ai/generate/x/y-2.mp3',
							generatedAt: '2025-02-01T00:00:00Z',
						},
					],
				},
			};
			const first = fixtureTask.metadata.contents[0];
			vocu.on('GET', taskPath).reply(200, envelope(old));
			vocu
				.on('POST', '/api/tts/generate', {
					body: {
						contents: [
							{
								voiceId: first.voiceId,
								text: first.text,
								promptId: 'default',
								preset: 'balance',
								break_clone: true,
								language: 'auto',
								vivid: false,
								emo_switch: [0, 0, 0, 0, 0],
								speechRate: 1,
								flash: false,
								stream: false,
								seed: -1,
							},
							{
								voiceId: 'market:b8511ce5-0860-4703-9be6-db6017668227',
								text: 'Second line.',
								speechRate: 1.5,
							},
						],
						srt: true,
					},
				})
				.reply(200, envelope({ id: 'new-task-id', status: 'pending', metadata: {} }));
			const { items, error } = await runVocu(
				{ resource: 'task', operation: 'regenerate', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{
					json: { id: 'new-task-id', status: 'pending', metadata: {}, regeneratedFrom: taskId },
					pairedItem: { item: 0 },
				},
			]);
		});

		it('refuses a task that is still running, and sends nothing', async () => {
			vocu.on('GET', taskPath).reply(200, envelope({ ...fixtureTask, status: 'processing' }));
			const { error } = await runVocu(
				{ resource: 'task', operation: 'regenerate', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error?.message).toBe(`Task ${taskId} is still processing`);
			expect(vocu.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
		});

		it('says the task does not exist on 404', async () => {
			vocu
				.on('GET', taskPath)
				.reply(404, { status: 404, code: 'GENERATE_NOT_FOUND', message: 'Generation not found.' });
			const { error } = await runVocu(
				{ resource: 'task', operation: 'regenerate', taskId },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error?.message).toBe('The task does not exist');
		});
	});
});
