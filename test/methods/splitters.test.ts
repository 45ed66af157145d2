import { searchSplitters } from '../../nodes/Vocu/methods/splitters';
import { pickerContext } from '../harness/pickerContext';
import { useStubServer } from '../harness/stubServer';
import fixture from '../fixtures/api/splitter.list.json';

const splitter = (id: string, name: string) => ({ ...fixture.response.body.data[0], id, name });

describe('Splitter picker (searchSplitters)', () => {
	const vocu = useStubServer();
	const context = () =>
		pickerContext(
			vocu.url,
			{ resource: 'task', operation: 'createFromScript' },
			'parameters.splitterId',
		);

	it('lists a page by name, filters by the search text, and pages on while total says more exist', async () => {
		const page = [splitter('a1', 'Dialogue'), splitter('b2', 'Podcast')];
		vocu
			.on('GET', '/api/splitter', { query: { offset: '0', limit: '50' } })
			.times(2)
			.reply(200, { status: 200, data: page, total: 3 });
		expect(await searchSplitters.call(context())).toEqual({
			results: [
				{ name: 'Dialogue', value: 'a1' },
				{ name: 'Podcast', value: 'b2' },
			],
			paginationToken: '2|a1',
		});
		expect((await searchSplitters.call(context(), 'pod')).results).toEqual([
			{ name: 'Podcast', value: 'b2' },
		]);
	});

	it('has no next page once total is reached', async () => {
		vocu
			.on('GET', '/api/splitter', { query: { offset: '2', limit: '50' } })
			.reply(200, { status: 200, data: [splitter('c3', 'Last')], total: 3 });
		expect(await searchSplitters.call(context(), undefined, '2|a1')).toEqual({
			results: [{ name: 'Last', value: 'c3' }],
			paginationToken: undefined,
		});
	});
});
