import { runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';
import listTasks from '../../fixtures/api/task.list.json';

describe('Task → Get Many', () => {
	const vocu = useStubServer();

	const listItem = listTasks.response.body.data[0];
	const page = (count: number, start: number) =>
		Array.from({ length: count }, (_, i) => ({ ...listItem, id: `task-${start + i}` }));

	it('pages with offset/limit until an empty page when Return All is on', async () => {
		vocu
			.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '100', status: 'generated' } })
			.reply(200, envelope(page(100, 0)));
		vocu
			.on('GET', '/api/tts/generate', {
				query: { offset: '100', limit: '100', status: 'generated' },
			})
			.reply(200, envelope(page(30, 100)));
		vocu
			.on('GET', '/api/tts/generate', {
				query: { offset: '130', limit: '100', status: 'generated' },
			})
			.reply(200, envelope([]));
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'getAll', returnAll: true, filters: { status: 'generated' } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(130);
		expect(items[129].json.id).toBe('task-129');
		expect(
			items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0),
		).toBe(true);
		expect(vocu.requests).toHaveLength(3);
	});

	it('simplifies each task by default and returns it whole with Simplify off', async () => {
		vocu
			.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '1' } })
			.reply(200, envelope(page(1, 0)));
		vocu
			.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '1' } })
			.reply(200, envelope(page(1, 0)));
		const simplified = await runVocu(
			{ resource: 'task', operation: 'getAll', limit: 1 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		const whole = await runVocu(
			{ resource: 'task', operation: 'getAll', limit: 1, simplify: false },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(simplified.error).toBeUndefined();
		expect(Object.keys(simplified.items[0].json).sort()).toEqual([
			'audioUrl',
			'characters',
			'generatedAt',
			'id',
			'segments',
			'status',
			'subtitlesUrl',
		]);
		expect(simplified.items[0].json).toMatchObject({ id: 'task-0', status: listItem.status });
		expect(whole.items[0].json).toEqual({ ...listItem, id: 'task-0' });
	});

	it('stops at Limit when Return All is off', async () => {
		vocu
			.on('GET', '/api/tts/generate', {
				query: { offset: '0', limit: '100' },
				check: (request) => expect(request.query.status).toBeUndefined(),
			})
			.reply(200, envelope(page(100, 0)));
		vocu
			.on('GET', '/api/tts/generate', { query: { offset: '100', limit: '20' } })
			.reply(200, envelope(page(20, 100)));
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'getAll', returnAll: false, limit: 120 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(120);
		expect(vocu.requests).toHaveLength(2);
	});

	it('asks for one small page for a small Limit', async () => {
		vocu
			.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '5' } })
			.reply(200, envelope(page(5, 0)));
		const { items } = await runVocu(
			{ resource: 'task', operation: 'getAll', limit: 5 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items.map((item) => item.json.id)).toEqual([
			'task-0',
			'task-1',
			'task-2',
			'task-3',
			'task-4',
		]);
	});

	it('returns nothing for an empty list', async () => {
		vocu.on('GET', '/api/tts/generate').reply(200, envelope([]));
		const { items, error } = await runVocu(
			{ resource: 'task', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});
});
