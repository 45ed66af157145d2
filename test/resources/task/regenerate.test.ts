import { runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';
import getTask from '../../fixtures/api/task.get.json';

const taskId = getTask.response.body.data.id;
const taskPath = `/api/tts/generate/${taskId}`;
const fixtureTask = getTask.response.body.data;

describe('Task → Regenerate', () => {
	const vocu = useStubServer();

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
