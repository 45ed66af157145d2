import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import deleteFixture from '../../fixtures/api/voice.delete.json';

describe('Voice → Delete', () => {
	const vocu = useStubServer();

	it('deletes a voice and outputs { deleted, voiceId }', async () => {
		const id = deleteFixture.request.pathParams.id;
		vocu.on('DELETE', `/api/voice/${id}`).reply(200, deleteFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'delete', voiceId: byId(id) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests[0].raw.length).toBe(0);
		expect(items).toEqual([{ json: { deleted: true, voiceId: id }, pairedItem: { item: 0 } }]);
	});

	it('deletes one voice per input item and reports a missing one as an error item', async () => {
		vocu
			.on('DELETE', '/api/voice/9f011950-f143-4eb7-abbb-90e0b66874ea')
			.reply(200, deleteFixture.response.body);
		vocu
			.on('DELETE', '/api/voice/11111111-2222-4333-8444-555555555555')
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found.' });
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'delete', voiceId: byId('={{ $json.id }}') },
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{ json: { id: '9f011950-f143-4eb7-abbb-90e0b66874ea' } },
					{ json: { id: '11111111-2222-4333-8444-555555555555' } },
				],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items[0]).toEqual({
			json: { deleted: true, voiceId: '9f011950-f143-4eb7-abbb-90e0b66874ea' },
			pairedItem: { item: 0 },
		});
		expect(items[1].json.error).toBe('The voice does not exist in this account');
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
