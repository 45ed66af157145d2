import workflow from './fixtures/workflows/share-then-account.workflow.json';
import { runWorkflow, vocuCredentials } from './harness/runNode';
import { useStubServer } from './harness/stubServer';

describe('saved workflow through WorkflowExecute', () => {
	const vocu = useStubServer();

	it('adds a shared voice and then reads the account', async () => {
		vocu
			.on('POST', '/api/voice/byShareId', { body: { shareId: 'share-1' } })
			.reply(200, { status: 200, message: 'OK', voiceId: 'voice-1' });
		vocu.on('GET', '/api/account/info').reply(200, {
			status: 200,
			message: 'OK',
			user: { id: 'u1', credit: 10, bonusCredit: 5, credits: 5 },
		});
		const { items, error, run } = await runWorkflow(workflow as never, 'Get Account', {
			credentials: vocuCredentials(vocu.url),
			items: [{ json: { shareId: 'share-1' } }],
		});
		expect(error).toBeUndefined();
		expect(run.data.resultData.runData['Add Shared Voice'][0].data?.main[0]?.[0].json).toEqual({
			voiceId: 'voice-1',
			shareId: 'share-1',
		});
		expect(items[0].json).toEqual({
			id: 'u1',
			credit: 10,
			bonusCredit: 5,
			credits: 5,
			availableCredits: 15,
		});
	});
});
