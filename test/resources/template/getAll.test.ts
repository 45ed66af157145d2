import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import listFixture from '../../fixtures/api/template.list.json';

function listPage(count: number, start = 0) {
	return Array.from({ length: count }, (_, i) => ({
		...listFixture.response.body.data[0],
		id: `t-${start + i}`,
	}));
}

describe('Template → Get Many', () => {
	const vocu = useStubServer();

	const base = { resource: 'template', operation: 'getAll' };

	it('returns up to Limit templates from one page', async () => {
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '5' } })
			.reply(200, { ...listFixture.response.body, data: listPage(5) });
		const { items, error } = await runVocu(
			{ ...base, limit: 5, simplify: false },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4']);
		expect(items[0]).toEqual({ json: listPage(1)[0], pairedItem: { item: 0 } });
		expect(vocu.requests[0].query).toEqual({ offset: '0', limit: '5' });
	});

	it('returns ID, name, description, source and segment count by default (Simplify)', async () => {
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '2' } })
			.reply(200, { ...listFixture.response.body, data: listPage(2) });
		const { items, error } = await runVocu(
			{ ...base, limit: 2 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		const template = listFixture.response.body.data[0];
		expect(items.map((item) => item.json)).toEqual(
			['t-0', 't-1'].map((id) => ({
				id,
				name: template.name,
				description: template.metadata.description,
				from: template.from,
				segments: template.contents.length,
			})),
		);
	});

	it('pages with offset/limit until an empty page when Return All is on, with the source filter', async () => {
		vocu
			.on('GET', '/api/template', { query: { offset: '0', limit: '100', from: 'self' } })
			.reply(200, { ...listFixture.response.body, data: listPage(100) });
		vocu
			.on('GET', '/api/template', { query: { offset: '100', limit: '100', from: 'self' } })
			.reply(200, { ...listFixture.response.body, data: listPage(3, 100) });
		vocu
			.on('GET', '/api/template', { query: { offset: '103', limit: '100', from: 'self' } })
			.reply(200, { ...listFixture.response.body, data: [] });
		const { items, error } = await runVocu(
			{ ...base, returnAll: true, filters: { from: 'self' } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(103);
		expect(items[102].json.id).toBe('t-102');
		expect(vocu.requests).toHaveLength(3);
	});

	it('sends no source filter unless one is chosen', async () => {
		vocu.on('GET', '/api/template').reply(200, { ...listFixture.response.body, data: [] });
		const { items, error } = await runVocu(
			{ ...base, limit: 10 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(vocu.requests[0].query).toEqual({ offset: '0', limit: '10' });
	});
});
