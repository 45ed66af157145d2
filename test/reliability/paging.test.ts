import type { INodeParameters } from 'n8n-workflow';

import { searchTemplates } from '../../nodes/Vocu/methods/listSearch';
import { searchSplitters } from '../../nodes/Vocu/methods/splitters';
import { MAX_PAGES, pickerPage, readPickerToken } from '../../nodes/Vocu/shared/routing/pagination';
import { pickerContext } from '../harness/pickerContext';
import { runVocu, vocuCredentials } from '../harness/runNode';
import { envelope, useStubServer, type RecordedRequest, type Reply } from '../harness/stubServer';

/** A list of `count` entries served by a stub whose paging misbehaves in one of the ways a server may. */
type Serve = 'capAt50' | 'ignoresLimit' | 'ignoresOffset';

function pages(count: number, serve: Serve, withTotal = false) {
	const all = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, name: `Entry ${i}` }));
	return (request: RecordedRequest): Reply => {
		const asked = Number(request.query.limit ?? 20);
		const offset = serve === 'ignoresOffset' ? 0 : Number(request.query.offset ?? 0);
		const size = serve === 'capAt50' ? Math.min(asked, 50) : serve === 'ignoresLimit' ? 20 : asked;
		const data = all.slice(offset, offset + size);
		return { status: 200, json: withTotal ? { ...envelope(data), total: count } : envelope(data) };
	};
}

const LISTS: Array<{ name: string; path: string; params: INodeParameters }> = [
	{
		name: 'Task → Get Many',
		path: '/api/tts/generate',
		params: { resource: 'task', operation: 'getAll' },
	},
	{
		name: 'Template → Get Many',
		path: '/api/template',
		params: { resource: 'template', operation: 'getAll' },
	},
	{
		name: 'Splitter → Get Many',
		path: '/api/splitter',
		params: { resource: 'splitter', operation: 'getAll' },
	},
];

describe.each(LISTS)(
	'$name never drops items when the server serves fewer than asked',
	({ path, params }) => {
		const vocu = useStubServer();
		const run = async (extra: INodeParameters) =>
			await runVocu({ ...params, ...extra }, { credentials: vocuCredentials(vocu.url) });
		const ids = (count: number) => Array.from({ length: count }, (_, i) => `e${i}`);

		it('Return All reads every item from a server that caps pages at 50', async () => {
			vocu.on('GET', path).times(Infinity).replyWith(pages(137, 'capAt50'));
			const { items, error } = await run({ returnAll: true });
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual(ids(137));
			// Each next offset is what was actually received; the list ends at the first empty page.
			expect(vocu.requests.map((r) => Number(r.query.offset))).toEqual([0, 50, 100, 137]);
		});

		it('Return All reads every item from a server that ignores limit (always 20)', async () => {
			vocu.on('GET', path).times(Infinity).replyWith(pages(45, 'ignoresLimit'));
			const { items } = await run({ returnAll: true });
			expect(items.map((item) => item.json.id)).toEqual(ids(45));
			expect(vocu.requests.map((r) => Number(r.query.offset))).toEqual([0, 20, 40, 45]);
		});

		it('Limit is met across short pages, without asking for more than needed', async () => {
			vocu.on('GET', path).times(Infinity).replyWith(pages(200, 'ignoresLimit'));
			const { items } = await run({ returnAll: false, limit: 50 });
			expect(items.map((item) => item.json.id)).toEqual(ids(50));
			expect(vocu.requests.map((r) => [Number(r.query.offset), Number(r.query.limit)])).toEqual([
				[0, 50],
				[20, 30],
				[40, 10],
			]);
		});

		it('a server that ignores offset ends the list at the repeated page, without duplicates', async () => {
			vocu.on('GET', path).times(Infinity).replyWith(pages(30, 'ignoresOffset'));
			const { items } = await run({ returnAll: true });
			expect(items.map((item) => item.json.id)).toEqual(ids(30));
			expect(vocu.requests).toHaveLength(2);
		});
	},
);

describe('Splitter → Get Many with total', () => {
	const vocu = useStubServer();

	it('stops once total is read, without an extra empty page', async () => {
		vocu
			.on('GET', '/api/splitter')
			.times(Infinity)
			.replyWith(pages(70, 'ignoresLimit', true));
		const { items } = await runVocu(
			{ resource: 'splitter', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items).toHaveLength(70);
		expect(vocu.requests.map((r) => Number(r.query.offset))).toEqual([0, 20, 40, 60]);
	});
});

describe('pickers page on until an empty page', () => {
	const vocu = useStubServer();
	const pickers = [
		{
			name: 'templates',
			path: '/api/template',
			search: searchTemplates,
			parameters: { resource: 'template', operation: 'get' },
			field: 'parameters.templateId',
		},
		{
			name: 'splitters',
			path: '/api/splitter',
			search: searchSplitters,
			parameters: { resource: 'task', operation: 'createFromScript' },
			field: 'parameters.splitterId',
		},
	];

	/** Scrolls a picker to its end, as the editor does: returns every value shown. */
	async function scroll(picker: (typeof pickers)[number]) {
		const context = pickerContext(vocu.url, picker.parameters, picker.field);
		const shown: string[] = [];
		let token: string | undefined;
		for (let call = 0; call < 50; call++) {
			const page = await picker.search.call(context, undefined, token);
			shown.push(...page.results.map((result) => String(result.value)));
			token = page.paginationToken as string | undefined;
			if (!token) return shown;
		}
		throw new Error('the picker never ended');
	}

	it.each(pickers)(
		'$name: every entry from a server that caps pages or ignores limit',
		async (picker) => {
			for (const serve of ['capAt50', 'ignoresLimit'] as const) {
				vocu.reset();
				vocu.on('GET', picker.path).times(Infinity).replyWith(pages(123, serve));
				expect(await scroll(picker)).toEqual(Array.from({ length: 123 }, (_, i) => `e${i}`));
			}
		},
	);

	it.each(pickers)('$name: a server that ignores offset ends after one page', async (picker) => {
		vocu.on('GET', picker.path).times(Infinity).replyWith(pages(30, 'ignoresOffset'));
		expect(await scroll(picker)).toHaveLength(30);
		expect(vocu.requests).toHaveLength(2);
	});
});

describe('picker tokens', () => {
	it('read back what they hold; a plain offset (older token) still reads', () => {
		expect(readPickerToken('40|e7')).toEqual({ offset: 40, lastFirstId: 'e7' });
		expect(readPickerToken('40')).toEqual({ offset: 40, lastFirstId: undefined });
		expect(readPickerToken(undefined)).toEqual({ offset: 0, lastFirstId: undefined });
	});

	it('end at an empty page or at total', () => {
		expect(pickerPage({ offset: 5 }, []).paginationToken).toBeUndefined();
		expect(
			pickerPage({ offset: 0 }, [{ id: 'a' }, { id: 'b' }], 2).paginationToken,
		).toBeUndefined();
		expect(pickerPage({ offset: 0 }, [{ id: 'a' }, { id: 'b' }], 3).paginationToken).toBe('2|a');
	});

	it('the page loop is bounded', () => {
		expect(MAX_PAGES).toBeGreaterThanOrEqual(100);
	});
});
