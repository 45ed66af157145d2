import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';

const shareId = 'e5a33e3e-6090-44f4-bf9c-60c150c99bbd';
const params = { resource: 'voice', operation: 'addByShareId', shareId };

describe('Voice → Add by Share ID', () => {
	const vocu = useStubServer();

	it('posts the share ID and returns the new voice ID', async () => {
		vocu
			.on('POST', '/api/voice/byShareId', { body: { shareId } })
			.reply(200, { status: 200, message: 'OK', voiceId: 'b7d7a1a4-1111-4c1e-9a55-1d3a2f0c0001' });
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ voiceId: 'b7d7a1a4-1111-4c1e-9a55-1d3a2f0c0001', shareId },
		]);
	});

	it('says the share ID does not exist or has expired on 404', async () => {
		vocu.on('POST', '/api/voice/byShareId').reply(404, { status: 404, message: 'Not Found' });
		const { error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Share ID does not exist or has expired');
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});

	it('gives an error item and goes on with Continue On Fail', async () => {
		vocu
			.on('POST', '/api/voice/byShareId')
			.times(2)
			.replyWith((request) =>
				(request.json as { shareId: string }).shareId === 'a'
					? { status: 404, json: { status: 404, message: 'Not Found' } }
					: { status: 200, json: { status: 200, message: 'OK', voiceId: 'v2' } },
			);
		const { items, error } = await runVocu(
			{ ...params, shareId: '={{ $json.shareId }}' },
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { shareId: 'a' } }, { json: { shareId: 'b' } }],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toBe('Share ID does not exist or has expired');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1]).toMatchObject({
			json: { voiceId: 'v2', shareId: 'b' },
			pairedItem: { item: 1 },
		});
	});
});
