import { FIXTURE_USER, runAccountGet } from '../../harness/scenarios';
import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';

describe('Account → Get', () => {
	const vocu = useStubServer();

	it('returns the user object with available credits (from `credits` when that is all Vocu sends)', async () => {
		const { items, error } = await runAccountGet(vocu);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: FIXTURE_USER.id, role: 'user' });
		expect(FIXTURE_USER.credits).toBe(81);
		expect(items[0].json.availableCredits).toBe(81);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('adds paid and bonus credit when Vocu sends both', async () => {
		const user = { ...FIXTURE_USER, credit: 100, bonusCredit: 25, credits: 25 };
		vocu.on('GET', '/api/account/info').reply(200, { status: 200, message: 'OK', user });
		const { items, error } = await runVocu(
			{ resource: 'account', operation: 'get' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ credit: 100, bonusCredit: 25, availableCredits: 125 });
	});
});
