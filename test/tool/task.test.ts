import { envelope, useStubServer } from '../harness/stubServer';
import { callVocuTool } from './agentHarness';
import getTask from '../fixtures/api/task.get.json';
import listVoices from '../fixtures/api/voice.list.json';

const task = getTask.response.body.data;

describe('Task → Get as an AI agent tool', () => {
	const vocu = useStubServer();

	it('answers with ID, status and the audio URL under 1 KB, with Simplify on (the default) or off', async () => {
		for (const simplify of [true, false]) {
			vocu.on('GET', `/api/tts/generate/${task.id}`).reply(200, envelope(task));
			const call = await callVocuTool(
				{
					resource: 'task',
					operation: 'get',
					taskId: "={{ $fromAI('taskId', 'Task ID', 'string') }}",
					simplify,
				},
				{ taskId: task.id },
				vocu.url,
			);
			if (call.failed) throw new Error(call.observation);
			expect(JSON.parse(call.observation)).toEqual([
				expect.objectContaining({
					id: task.id,
					status: 'generated',
					audioUrl: task.metadata.audio,
					characters: task.metadata.characters,
				}),
			]);
			expect(call.observation.length).toBeLessThanOrEqual(1024);
		}
	});
});

describe('Voice → Get Many as an AI agent tool', () => {
	const vocu = useStubServer();
	const voices = listVoices.response.body.data;

	it('answers with ID, name, status and styles per voice, looked up by a name the model gives', async () => {
		for (const simplify of [true, false]) {
			vocu.on('GET', '/api/voice').reply(200, envelope(voices));
			const call = await callVocuTool(
				{
					resource: 'voice',
					operation: 'getAll',
					filters: { nameContains: "={{ $fromAI('name', 'Part of the voice name', 'string') }}" },
					simplify,
				},
				{ name: 'ziyan' },
				vocu.url,
			);
			if (call.failed) throw new Error(call.observation);
			const che = voices[1];
			expect(JSON.parse(call.observation)).toEqual([
				{
					id: che.id,
					name: che.name,
					status: che.status,
					styles: che.metadata.prompts.map(({ id, name }) => ({ id, name })),
				},
			]);
			expect(call.observation).not.toContain('storage.vocu.ai');
		}
	});
});
