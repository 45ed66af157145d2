import { runVocu, vocuCredentials } from '../harness/runNode';
import { StubServer, TEST_API_KEY } from '../harness/stubServer';

describe('the API key goes only to the Vocu base URL', () => {
	let vocu: StubServer;
	let elsewhere: StubServer;
	beforeAll(async () => {
		vocu = await StubServer.start();
		elsewhere = await StubServer.start('none');
	});
	afterEach(() => {
		vocu.done();
		elsewhere.done();
	});
	afterAll(async () => {
		await vocu.close();
		await elsewhere.close();
	});

	it('drops the Authorization header when Vocu redirects to another host', async () => {
		vocu.on('GET', '/api/account/info').replyWith({ status: 302, headers: { location: `${elsewhere.url}/steal` } });
		elsewhere.on('GET', '/steal').reply(200, { status: 200, message: 'OK', user: { id: 'redirected' } });
		const { items, run } = await runVocu({ resource: 'account', operation: 'get' }, { credentials: vocuCredentials(vocu.url) });
		expect(elsewhere.requests).toHaveLength(1);
		expect(elsewhere.requests[0].headers.authorization).toBeUndefined();
		expect(items[0]?.json).toMatchObject({ id: 'redirected' });
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});
});
