import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import getFixture from '../../fixtures/api/template.get.json';

const templateId = getFixture.response.body.data.id;

describe('Template → Delete', () => {
	const vocu = useStubServer();

	it('deletes the template and confirms with its ID', async () => {
		vocu.on('DELETE', `/api/template/${templateId}`).reply(200, { status: 200, message: 'OK' });
		const { items, error } = await runVocu(
			{ resource: 'template', operation: 'delete', templateId: byId(templateId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { deleted: true, templateId }, pairedItem: { item: 0 } }]);
	});

	it('explains a 404 (already deleted) without leaking the key', async () => {
		vocu
			.on('DELETE', `/api/template/${templateId}`)
			.reply(404, { status: 404, code: 'RESOURCE_NOT_FOUND', message: 'x' });
		const { error } = await runVocu(
			{ resource: 'template', operation: 'delete', templateId: byId(templateId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The template does not exist');
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});
});
