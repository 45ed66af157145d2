import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId, fromList } from '../../harness/locators';
import getFixture from '../../fixtures/api/template.get.json';

const templateId = getFixture.response.body.data.id;

describe('Template → Get', () => {
	const vocu = useStubServer();

	it('gets the template by ID', async () => {
		vocu.on('GET', `/api/template/${templateId}`).reply(200, getFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'template', operation: 'get', templateId: fromList(templateId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: getFixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('refuses an ID with a slash from an expression before sending', async () => {
		const { error } = await runVocu(
			{ resource: 'template', operation: 'get', templateId: byId('={{ $json.templateId }}') },
			{ credentials: vocuCredentials(vocu.url), items: [{ json: { templateId: '../voice' } }] },
		);
		expect(error?.message).toBe("'Template' is not a valid Vocu ID [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
