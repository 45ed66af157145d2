import { searchTemplates } from '../../nodes/Vocu/methods/listSearch';
import { pickerContext } from '../harness/pickerContext';
import { useStubServer } from '../harness/stubServer';
import listFixture from '../fixtures/api/template.list.json';

const template = (id: string, name: string, from = 'self') => ({
	...listFixture.response.body.data[0],
	id,
	name,
	from,
});

describe('Template picker (searchTemplates)', () => {
	const vocu = useStubServer();

	it('lists a page of templates by name, marks library ones, and filters by the search text', async () => {
		const page = [
			template('a1', 'Food Intro'),
			template('b2', 'News', 'community'),
			template('c3', 'Food Outro'),
		];
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '100' } })
			.times(2)
			.reply(200, { status: 200, message: 'OK', data: page });
		const context = pickerContext(
			vocu.url,
			{ resource: 'template', operation: 'get' },
			'parameters.templateId',
		);
		expect(await searchTemplates.call(context)).toEqual({
			results: [
				{ name: 'Food Intro', value: 'a1' },
				{ name: 'News (Library)', value: 'b2' },
				{ name: 'Food Outro', value: 'c3' },
			],
			// A short page does not end the list (a server may serve fewer than asked): the next call asks at offset 3.
			paginationToken: '3|a1',
		});
		expect(await searchTemplates.call(context, 'food')).toEqual({
			results: [
				{ name: 'Food Intro', value: 'a1' },
				{ name: 'Food Outro', value: 'c3' },
			],
			paginationToken: '3|a1',
		});
	});

	it('hands out the next offset until an empty page', async () => {
		const full = Array.from({ length: 100 }, (_, i) => template(`t${i}`, `T${i}`));
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '100' } })
			.reply(200, { status: 200, data: full });
		vocu
			.on('GET', '/api/template', { query: { offset: '100', limit: '100' } })
			.reply(200, { status: 200, data: [template('last', 'Last')] });
		const context = pickerContext(
			vocu.url,
			{ resource: 'template', operation: 'get' },
			'parameters.templateId',
		);
		const first = await searchTemplates.call(context);
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100|t0');
		vocu
			.on('GET', '/api/template', { query: { offset: '101', limit: '100' } })
			.reply(200, { status: 200, data: [] });
		const second = await searchTemplates.call(context, undefined, first.paginationToken as string);
		expect(second).toEqual({
			results: [{ name: 'Last', value: 'last' }],
			paginationToken: '101|last',
		});
		expect(
			await searchTemplates.call(context, undefined, second.paginationToken as string),
		).toEqual({
			results: [],
			paginationToken: undefined,
		});
	});

	it('explains a rejected API key', async () => {
		vocu
			.on('GET', '/api/template')
			.reply(401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized.' });
		await expect(
			searchTemplates.call(
				pickerContext(
					vocu.url,
					{ resource: 'template', operation: 'get' },
					'parameters.templateId',
				),
			),
		).rejects.toThrow('Vocu rejected the API key');
	});
});
