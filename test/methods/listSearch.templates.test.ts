import { searchTemplates } from '../../nodes/Vocu/methods/listSearch';
import { pickerContext } from '../harness/pickerContext';
import { useStubServer } from '../harness/stubServer';
import listFixture from '../fixtures/api/template.list.json';

const template = (id: string, name: string, from = 'self') => ({ ...listFixture.response.body.data[0], id, name, from });

describe('Template picker (searchTemplates)', () => {
	const vocu = useStubServer();

	it('lists a page of templates by name, marks library ones, and filters by the search text', async () => {
		const page = [template('a1', 'Food Intro'), template('b2', 'News', 'community'), template('c3', 'Food Outro')];
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '100' } })
			.times(2)
			.reply(200, { status: 200, message: 'OK', data: page });
		const context = pickerContext(vocu.url, { resource: 'template', operation: 'get' }, 'parameters.templateId');
		expect(await searchTemplates.call(context)).toEqual({
			results: [
				{ name: 'Food Intro', value: 'a1' },
				{ name: 'News (Library)', value: 'b2' },
				{ name: 'Food Outro', value: 'c3' },
			],
			paginationToken: undefined,
		});
		expect(await searchTemplates.call(context, 'food')).toEqual({
			results: [
				{ name: 'Food Intro', value: 'a1' },
				{ name: 'Food Outro', value: 'c3' },
			],
			paginationToken: undefined,
		});
	});

	it('hands out the next offset while pages are full', async () => {
		const full = Array.from({ length: 100 }, (_, i) => template(`t${i}`, `T${i}`));
		vocu.on('GET', '/api/template', { query: { offset: '0', limit: '100' } }).reply(200, { status: 200, data: full });
		vocu
			.on('GET', '/api/template', { query: { offset: '100', limit: '100' } })
			.reply(200, { status: 200, data: [template('last', 'Last')] });
		const context = pickerContext(vocu.url, { resource: 'template', operation: 'get' }, 'parameters.templateId');
		const first = await searchTemplates.call(context);
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		expect(await searchTemplates.call(context, undefined, first.paginationToken as string)).toEqual({
			results: [{ name: 'Last', value: 'last' }],
			paginationToken: undefined,
		});
	});

	it('explains a rejected API key', async () => {
		vocu.on('GET', '/api/template').reply(401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized.' });
		await expect(searchTemplates.call(pickerContext(vocu.url, { resource: 'template', operation: 'get' }, 'parameters.templateId'))).rejects.toThrow('Vocu rejected the API key');
	});
});
