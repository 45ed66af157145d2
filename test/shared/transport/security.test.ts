import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';

/**
 * test/faults/transport.test.ts checks redirects of routed requests; this checks the request path of hooks
 * (vocuRequest), here Template → Update's re-read: a redirect to another host loses the Authorization header.
 */
describe('the API key goes only to the Vocu base URL, from hooks too', () => {
	const vocu = useStubServer();
	const elsewhere = useStubServer('none');
	const id = 'c0a80101-0000-4000-8000-000000000002';

	it('drops the Authorization header when Vocu redirects a hook’s read to another host', async () => {
		vocu.on('POST', `/api/template/${id}`).reply(200, { status: 200, message: 'OK' });
		vocu
			.on('GET', `/api/template/${id}`)
			.replyWith({ status: 302, headers: { location: `${elsewhere.url}/steal` } });
		elsewhere.on('GET', '/steal').reply(200, { status: 200, data: { id, name: 'moved' } });
		const { items, run } = await runVocu(
			{
				resource: 'template',
				operation: 'update',
				templateId: { __rl: true, mode: 'id', value: id },
				templateName: 'Intro',
				segments: { segment: [{ voiceId: id, text: 'Hi' }] },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(elsewhere.requests).toHaveLength(1);
		expect(elsewhere.requests[0].headers.authorization).toBeUndefined();
		expect(items[0]?.json).toMatchObject({ id, name: 'moved' });
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});
});
