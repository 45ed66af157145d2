import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import getFixture from '../../fixtures/api/voice.get.json';
import shareFixture from '../../fixtures/api/voice.getShareId.json';

describe('Voice → Get Share ID', () => {
	const vocu = useStubServer();

	const voiceId = getFixture.request.pathParams.id;

	it('gets a share ID as { voiceId, shareId }', async () => {
		vocu.on('GET', `/api/voice/${voiceId}/share`).reply(200, shareFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { voiceId, shareId: shareFixture.response.body.data.shareId },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('accepts a share ID at the top level of the answer', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}/share`)
			.reply(200, { status: 200, message: 'OK', shareId: 'top-level-id' });
		const { items } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items[0].json).toEqual({ voiceId, shareId: 'top-level-id' });
	});

	it('fails clearly when the answer has no share ID', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}/share`)
			.reply(200, { status: 200, message: 'OK', data: {} });
		const { error } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu answered without a share ID');
	});
});
