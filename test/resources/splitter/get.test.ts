import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/splitter.get.json';

const splitterId = fixture.request.pathParams.id;
const params = (value: string) => ({
	resource: 'splitter',
	operation: 'get',
	splitterId: { __rl: true, mode: 'id', value },
});

describe('Splitter → Get', () => {
	const vocu = useStubServer();

	it('gets the splitter by ID', async () => {
		vocu.on('GET', `/api/splitter/${splitterId}`).reply(200, fixture.response.body);
		const { items, error } = await runVocu(params(splitterId), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('says the splitter does not exist on 404', async () => {
		vocu
			.on('GET', `/api/splitter/${splitterId}`)
			.reply(404, fixture.errors.find((e) => e.code === 'RESOURCE_NOT_FOUND')?.body);
		const { error } = await runVocu(params(splitterId), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toMatch(/does not exist/);
	});

	it('refuses an ID with a slash (from an expression in the list mode) without sending', async () => {
		const { error } = await runVocu(
			{ ...params(''), splitterId: { __rl: true, mode: 'list', value: '={{ "a/b" }}' } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toMatch(/is not a valid Vocu ID \[item 0\]/);
	});
});
