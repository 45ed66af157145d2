import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import createFixture from '../../fixtures/api/template.create.json';
import getFixture from '../../fixtures/api/template.get.json';
import listFixture from '../../fixtures/api/template.list.json';
import updateFixture from '../../fixtures/api/template.update.json';

const templateId = getFixture.response.body.data.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** The node's segments parameter for a body's `contents`. */
function segmentsOf(contents: Array<{ voiceId: string; text: string }>) {
	return { segment: contents.map(({ voiceId, text }) => ({ voiceId, text })) };
}

function listPage(count: number, start = 0) {
	return Array.from({ length: count }, (_, i) => ({ ...listFixture.response.body.data[0], id: `t-${start + i}` }));
}

describe('Template', () => {
	const vocu = useStubServer();

	describe('Create', () => {
		const request = createFixture.request.body;
		const params = {
			resource: 'template',
			operation: 'create',
			templateName: ` ${request.name} `,
			templateDescription: request.description,
			segments: segmentsOf(request.contents),
		};

		it('posts name, description and segments as contents and outputs the template', async () => {
			vocu
				.on('POST', '/api/template', {
					body: request,
					check: (r) => expect(r.headers['content-type']).toMatch(/^application\/json/),
				})
				.reply(200, createFixture.response.body);
			const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
			expect(error).toBeUndefined();
			expect(items).toEqual([{ json: createFixture.response.body.data, pairedItem: { item: 0 } }]);
		});

		it('leaves out an empty description', async () => {
			vocu
				.on('POST', '/api/template', { body: { name: request.name, contents: request.contents } })
				.reply(200, createFixture.response.body);
			const { error } = await runVocu({ ...params, templateDescription: '  ' }, { credentials: vocuCredentials(vocu.url) });
			expect(error).toBeUndefined();
		});

		it('refuses a template without segments before sending', async () => {
			const { error } = await runVocu({ ...params, segments: {} }, { credentials: vocuCredentials(vocu.url) });
			expect(error?.message).toBe('A template needs at least one segment (item 0)');
			expect(vocu.requests).toHaveLength(0);
		});

		it('refuses a segment whose voice ID is not a voice ID', async () => {
			const segments = { segment: [request.contents[0], { voiceId: 'Alice', text: 'Hi' }] };
			const { error } = await runVocu({ ...params, segments }, { credentials: vocuCredentials(vocu.url) });
			expect(error?.message).toBe('Segment 2 has no valid voice ID (item 0)');
			expect(vocu.requests).toHaveLength(0);
		});

		it('refuses a segment without text', async () => {
			const segments = { segment: [{ voiceId: `market:${request.contents[0].voiceId}`, text: ' ' }] };
			const { error } = await runVocu({ ...params, segments }, { credentials: vocuCredentials(vocu.url) });
			expect(error?.message).toBe('Segment 1 has no text (item 0)');
			expect(vocu.requests).toHaveLength(0);
		});
	});

	describe('Update', () => {
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
		const stored = { ...getFixture.response.body, data: { ...getFixture.response.body.data, id, name: request.name } };

		it('replaces the template, then reads it back as the output', async () => {
			vocu.on('POST', `/api/template/${id}`, { body: request }).reply(200, updateFixture.response.body);
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
				.on('POST', `/api/template/${id}`, { body: { description: request.description, contents: request.contents } })
				.reply(200, updateFixture.response.body);
			vocu.on('GET', `/api/template/${id}`).reply(200, stored);
			const { error } = await runVocu({ ...params, templateName: '' }, { credentials: vocuCredentials(vocu.url) });
			expect(error).toBeUndefined();
		});

		it('says the template does not exist on 404 and does not read it back', async () => {
			vocu.on('POST', `/api/template/${id}`).reply(404, updateFixture.errors[2].body);
			const { error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
			expect(error?.message).toBe('The template does not exist');
			expect(vocu.requests).toHaveLength(1);
		});
	});

	describe('Get', () => {
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
			expect(error?.message).toBe('"Template" is not a valid Vocu ID (item 0)');
			expect(vocu.requests).toHaveLength(0);
		});
	});

	describe('Get Many', () => {
		const base = { resource: 'template', operation: 'getAll' };

		it('returns up to Limit templates from one page', async () => {
			vocu
				.on('GET', '/api/template', { query: { offset: '0', limit: '5' } })
				.reply(200, { ...listFixture.response.body, data: listPage(5) });
			const { items, error } = await runVocu({ ...base, limit: 5 }, { credentials: vocuCredentials(vocu.url) });
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4']);
			expect(items[0]).toEqual({ json: listPage(1)[0], pairedItem: { item: 0 } });
			expect(vocu.requests[0].query).toEqual({ offset: '0', limit: '5' });
		});

		it('pages with offset/limit until a short page when Return All is on, with the source filter', async () => {
			vocu
				.on('GET', '/api/template', { query: { offset: '0', limit: '100', from: 'self' } })
				.reply(200, { ...listFixture.response.body, data: listPage(100) });
			vocu
				.on('GET', '/api/template', { query: { offset: '100', limit: '100', from: 'self' } })
				.reply(200, { ...listFixture.response.body, data: listPage(3, 100) });
			const { items, error } = await runVocu(
				{ ...base, returnAll: true, filters: { from: 'self' } },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(103);
			expect(items[102].json.id).toBe('t-102');
			expect(vocu.requests).toHaveLength(2);
		});

		it('sends no source filter unless one is chosen', async () => {
			vocu.on('GET', '/api/template').reply(200, { ...listFixture.response.body, data: [] });
			const { items, error } = await runVocu({ ...base, limit: 10 }, { credentials: vocuCredentials(vocu.url) });
			expect(error).toBeUndefined();
			expect(items).toEqual([]);
			expect(vocu.requests[0].query).toEqual({ offset: '0', limit: '10' });
		});
	});

	describe('Delete', () => {
		it('deletes the template and confirms with its ID', async () => {
			vocu.on('DELETE', `/api/template/${templateId}`).reply(200, { status: 200, message: 'OK' });
			const { items, error } = await runVocu(
				{ resource: 'template', operation: 'delete', templateId: byId(templateId) },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error).toBeUndefined();
			expect(items).toEqual([{ json: { success: true, templateId }, pairedItem: { item: 0 } }]);
		});

		it('explains a 404 (already deleted) without leaking the key', async () => {
			vocu.on('DELETE', `/api/template/${templateId}`).reply(404, { status: 404, code: 'RESOURCE_NOT_FOUND', message: 'x' });
			const { error } = await runVocu(
				{ resource: 'template', operation: 'delete', templateId: byId(templateId) },
				{ credentials: vocuCredentials(vocu.url) },
			);
			expect(error?.message).toBe('The template does not exist');
			expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
		});
	});
});
