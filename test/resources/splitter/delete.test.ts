import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/splitter.delete.json';

const splitterId = fixture.request.pathParams.id;
const params = {
	resource: 'splitter',
	operation: 'delete',
	splitterId: { __rl: true, mode: 'id', value: splitterId },
};

describe('Splitter → Delete', () => {
	const vocu = useStubServer();

	it('deletes and outputs { deleted: true }', async () => {
		vocu.on('DELETE', `/api/splitter/${splitterId}`).reply(200, fixture.response.body);
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { deleted: true, splitterId }, pairedItem: { item: 0 } }]);
	});

	it('fails on a second delete (404) and continues on fail', async () => {
		vocu
			.on('DELETE', `/api/splitter/${splitterId}`)
			.reply(404, fixture.errors.find((e) => e.code === 'RESOURCE_NOT_FOUND')?.body);
		const { items, error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(String(items[0].json.error)).toMatch(/does not exist/);
	});
});
