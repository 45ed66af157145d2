import { runVocu, vocuCredentials } from '../../harness/runNode';
import type { RecordedRequest } from '../../harness/stubServer';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/splitter.list.json';

const record = fixture.response.body.data[0];
const splitters = Array.from({ length: 57 }, (_, i) => ({
	...record,
	id: `s${i}`,
	name: `Splitter ${i}`,
}));

/** Plays Vocu: clamps `limit` to `cap` (Vocu: 1–50) and puts `total` beside `data`. */
function cappedPages(cap: number, withTotal = true) {
	return (request: RecordedRequest) => {
		const offset = Number(request.query.offset ?? 0);
		const limit = Math.min(cap, Math.max(1, Number(request.query.limit ?? 20)));
		const data = splitters.slice(offset, offset + limit);
		return {
			status: 200,
			json: { status: 200, data, ...(withTotal ? { total: splitters.length } : {}) },
		};
	};
}

describe('Splitter → Get Many', () => {
	const vocu = useStubServer();

	it('reads every page with Return All, asking at most 50 per page', async () => {
		vocu.on('GET', '/api/splitter').times(2).replyWith(cappedPages(50));
		const { items, error } = await runVocu(
			{ resource: 'splitter', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(splitters.map((s) => s.id));
		expect(vocu.requests.map((r) => r.query)).toEqual([
			{ offset: '0', limit: '50' },
			{ offset: '50', limit: '50' },
		]);
	});

	it('keeps going when the server caps pages below what was asked, using total', async () => {
		vocu.on('GET', '/api/splitter').times(3).replyWith(cappedPages(20));
		const { items } = await runVocu(
			{ resource: 'splitter', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items).toHaveLength(57);
		expect(vocu.requests.map((r) => r.query.offset)).toEqual(['0', '20', '40']);
	});

	it('stops at Limit', async () => {
		vocu.on('GET', '/api/splitter').times(2).replyWith(cappedPages(20));
		const { items } = await runVocu(
			{ resource: 'splitter', operation: 'getAll', returnAll: false, limit: 30 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items.map((item) => item.json.id)).toEqual(splitters.slice(0, 30).map((s) => s.id));
		expect(vocu.requests.map((r) => r.query)).toEqual([
			{ offset: '0', limit: '30' },
			{ offset: '20', limit: '10' },
		]);
	});

	it('without total, reads on past a short page until an empty one', async () => {
		vocu.on('GET', '/api/splitter').times(3).replyWith(cappedPages(50, false));
		const { items } = await runVocu(
			{ resource: 'splitter', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items).toHaveLength(57);
		expect(vocu.requests.map((r) => r.query.offset)).toEqual(['0', '50', '57']);
	});
});
