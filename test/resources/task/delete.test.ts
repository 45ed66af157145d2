import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import deleteTask from '../../fixtures/api/task.delete.json';
import getTask from '../../fixtures/api/task.get.json';

const taskId = getTask.response.body.data.id;
const taskPath = `/api/tts/generate/${taskId}`;

describe('Task → Delete', () => {
	const vocu = useStubServer();

	it('deletes a settled task', async () => {
		vocu.on('DELETE', taskPath).reply(200, deleteTask.response.body);
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'delete', taskId },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { deleted: true, taskId }, pairedItem: { item: 0 } }]);
	});

	it.each([
		[
			'with the code',
			deleteTask.errors.find((e) => e.code === 'GENERATE_DELETE_IN_PROGRESS')!.body,
		],
		['without a code (older API version)', { status: 403, message: 'Forbidden' }],
	])('explains that a running task must finish first (%s)', async (_name, body) => {
		vocu.on('DELETE', taskPath).reply(403, body);
		const { error } = await runVocu(
			{ resource: 'task', operation: 'delete', taskId },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The task is still running and cannot be deleted yet');
		expect(error?.description).toContain(
			'wait until the task is generated or failed, then delete it',
		);
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});
});
