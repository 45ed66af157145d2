import { FIXTURE_USER, runAccountGet } from '../../harness/scenarios';
import { useStubServer } from '../../harness/stubServer';

describe('Account → Get', () => {
	const vocu = useStubServer();

	it('returns the user object with available credits', async () => {
		const { items, error } = await runAccountGet(vocu);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: FIXTURE_USER.id, role: 'user' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});
