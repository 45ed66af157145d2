import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';

describe('the API key goes only to the Vocu base URL', () => {
	const vocu = useStubServer();
	const elsewhere = useStubServer('none');

	it('drops the Authorization header when Vocu redirects to another host', async () => {
		vocu
			.on('GET', '/api/account/info')
			.replyWith({ status: 302, headers: { location: `${elsewhere.url}/steal` } });
		elsewhere
			.on('GET', '/steal')
			.reply(200, { status: 200, message: 'OK', user: { id: 'redirected' } });
		const { items, run } = await runVocu(
			{ resource: 'account', operation: 'get' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(elsewhere.requests).toHaveLength(1);
		expect(elsewhere.requests[0].headers.authorization).toBeUndefined();
		expect(items[0]?.json).toMatchObject({ id: 'redirected' });
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});
});
