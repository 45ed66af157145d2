import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import { segmentsOf } from '../../harness/templates';
import getFixture from '../../fixtures/api/template.get.json';
import updateFixture from '../../fixtures/api/template.update.json';

describe('Template → Update', () => {
	const vocu = useStubServer();

	const id = updateFixture.request.pathParams.id;
	const request = updateFixture.request.body;
	const params = {
		resource: 'template',
		operation: 'update',
		templateId: byId(id),
		templateName: request.name,
		templateDescription: request.description,
		segments: segmentsOf(request.contents),
	};
	const stored = {
		...getFixture.response.body,
		data: { ...getFixture.response.body.data, id, name: request.name },
	};

	it('replaces the template, then reads it back as the output', async () => {
		vocu
			.on('POST', `/api/template/${id}`, { body: request })
			.reply(200, updateFixture.response.body);
		vocu.on('GET', `/api/template/${id}`).reply(200, stored);
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(vocu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`POST /api/template/${id}`,
			`GET /api/template/${id}`,
		]);
		expect(items).toEqual([{ json: stored.data, pairedItem: { item: 0 } }]);
	});

	it('keeps the name when Name is empty (Vocu keeps an omitted name)', async () => {
		vocu
			.on('POST', `/api/template/${id}`, {
				body: { description: request.description, contents: request.contents },
			})
			.reply(200, updateFixture.response.body);
		vocu.on('GET', `/api/template/${id}`).reply(200, stored);
		const { error } = await runVocu(
			{ ...params, templateName: '' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
	});

	it('says the template does not exist on 404 and does not read it back', async () => {
		vocu.on('POST', `/api/template/${id}`).reply(404, updateFixture.errors[2].body);
		const { error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The template does not exist');
		expect(vocu.requests).toHaveLength(1);
	});
});
