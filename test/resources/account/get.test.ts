import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import accountInfo from '../../fixtures/api/account.info.json';

describe('Account → Get', () => {
	const vocu = useStubServer();

	it('returns the user object with available credits', async () => {
		vocu.on('GET', '/api/account/info').reply(200, accountInfo.response.body);
		const { items, error } = await runVocu(
			{ resource: 'account', operation: 'get' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: accountInfo.response.body.user.id, role: 'user' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});
