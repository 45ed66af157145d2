import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import deleteStyleFixture from '../../fixtures/api/voice.deleteStyle.json';

describe('Voice → Delete Style', () => {
	const voiceId = deleteStyleFixture.request.pathParams.id;
	const styleId = deleteStyleFixture.request.pathParams.promptId;
	const params = { resource: 'voice', operation: 'deleteStyle', voiceId: byId(voiceId), styleId };

	const vocu = useStubServer();

	it('deletes the style and outputs the voice with its remaining styles only', async () => {
		const data = deleteStyleFixture.response.body.data;
		const withFlag = {
			...data,
			metadata: {
				...data.metadata,
				prompts: [...data.metadata.prompts, { id: 'older', name: 'Older', deleted: true }],
			},
		};
		vocu
			.on('DELETE', `/api/voice/${voiceId}/prompt/${styleId}`)
			.reply(200, { status: 200, message: 'OK', data: withFlag });
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(
			(items[0].json.metadata as { prompts: Array<{ id: string }> }).prompts.map((p) => p.id),
		).toEqual(['92dba043-b13e-4dd5-90bc-acb0d53a9661']);
		expect(items[0]).toMatchObject({
			json: { id: voiceId, name: 'Miu Yan' },
			pairedItem: { item: 0 },
		});
	});

	it('keeps market: voice IDs intact in the path', async () => {
		const market = 'market:72a66b7e-424e-4646-a3f2-165c606ee759';
		vocu.on('DELETE', `/api/voice/${market}/prompt/${styleId}`).reply(403, {
			status: 403,
			code: 'AUTH_FORBIDDEN',
			message: 'Access forbidden.',
		});
		const { error } = await runVocu(
			{ ...params, voiceId: byId(market) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('This account may not change that resource');
	});

	it('refuses the default style locally with a clear error', async () => {
		const { error } = await runVocu(
			{ ...params, styleId: 'default' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The default style of a voice cannot be deleted [item 0]');
		expect(error?.description).toContain('Voice → Delete');
		expect(vocu.requests).toEqual([]);
	});

	it('refuses a style that an expression left empty without sending', async () => {
		const { error } = await runVocu(
			{ ...params, styleId: '={{ $json.styleId }}' },
			{ credentials: vocuCredentials(vocu.url), items: [{ json: { styleId: '' } }] },
		);
		expect(error?.message).toBe("'Style' is empty [item 0]");
		expect(vocu.requests).toEqual([]);
	});
});
