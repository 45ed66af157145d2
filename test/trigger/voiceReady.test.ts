import type { INodeParameters } from 'n8n-workflow';

import { vocuCredentials } from '../harness/runNode';
import { useStubServer, type RecordedRequest } from '../harness/stubServer';
import { TriggerWorkflow } from './pollHarness';

interface FakeVoice {
	id: string;
	name: string;
	status: string;
	from?: string;
	createdAt?: string;
}

const ids = (items: Array<{ json: { id?: unknown } }>) => items.map((item) => String(item.json.id));

describe('Vocu Trigger → Voice Ready', () => {
	const vocu = useStubServer();
	let voices: FakeVoice[];
	let queries: Array<RecordedRequest['query']>;
	let serial: number;

	beforeEach(() => {
		voices = [];
		queries = [];
		serial = 0;
		vocu.on('GET', '/api/voice', {
			times: Infinity,
			reply: (request) => {
				queries.push(request.query);
				const market = request.query.showMarket === 'true';
				const listed = voices.filter((voice) => market || voice.from !== 'market');
				const data = listed.map((voice) => ({
					...voice,
					metadata: {
						description: '',
						prompts: [
							{ id: 'default', name: 'Default Style' },
							{ id: 'gone', name: 'Old', deleted: true },
						],
					},
				}));
				return { json: { status: 200, message: 'OK', data } };
			},
		});
	});

	function voice(status: string, from = 'upload'): FakeVoice {
		serial += 1;
		const created: FakeVoice = {
			id: `11111111-0000-4000-8000-${String(serial).padStart(12, '0')}`,
			name: `Voice ${serial}`,
			status,
			from,
			createdAt: new Date(Date.parse('2026-11-01T10:00:00Z') + serial * 1000).toISOString(),
		};
		voices.push(created);
		return created;
	}

	const workflow = (parameters: INodeParameters = {}) =>
		new TriggerWorkflow({ event: 'voiceReady', ...parameters }, vocuCredentials(vocu.url));

	it('emits each voice once when it becomes usable, nothing from before activation, with its live styles', async () => {
		voice('pending');
		voice('failed');
		const cloning = voice('creating');
		const lora = voice('lora-pending');
		const activation = workflow().activate();
		expect(await activation.poll()).toEqual([]);
		expect(await activation.poll()).toEqual([]);
		cloning.status = 'pending';
		const [item] = await activation.poll();
		expect(item.json).toMatchObject({
			event: 'voiceUsable',
			usable: true,
			id: cloning.id,
			status: 'pending',
		});
		expect(item.json.styles).toEqual([{ id: 'default', name: 'Default Style' }]);
		lora.status = 'lora-awaiting';
		expect(await activation.poll()).toEqual([]);
		lora.status = 'lora-awaiting-auto-reupload';
		expect(ids(await activation.poll())).toEqual([lora.id]);
		lora.status = 'lora-success';
		expect(await activation.poll()).toEqual([]);
		expect(queries.every((query) => query.show === 'full' && query.showMarket === undefined)).toBe(
			true,
		);
	});

	it('reports failures when asked, and a voice added ready-made (by share ID) as usable', async () => {
		const a = voice('creating');
		const b = voice('lora-pending');
		const activation = workflow({ voiceStatuses: ['usable', 'failed'] }).activate();
		await activation.poll();
		a.status = 'failed';
		b.status = 'lora-need-reupload';
		const shared = voice('pending', 'library');
		const items = await activation.poll();
		expect(ids(items)).toEqual([a.id, b.id, shared.id]);
		expect(items.map((item) => item.json.event)).toEqual([
			'voiceFailed',
			'voiceFailed',
			'voiceUsable',
		]);
		// A new upload after a failure, then success: reported again, as usable.
		b.status = 'lora-pending';
		expect(await activation.poll()).toEqual([]);
		b.status = 'lora-success';
		expect(ids(await activation.poll())).toEqual([b.id]);
		expect(await activation.poll()).toEqual([]);
	});

	it('watches only the chosen sources; market purchases are asked for only when chosen', async () => {
		const activation = workflow({ voiceSources: ['market'] }).activate();
		await activation.poll();
		voice('pending');
		const bought = voice('pending', 'market');
		expect(ids(await activation.poll())).toEqual([bought.id]);
		expect(queries.at(-1)).toMatchObject({ show: 'full', showMarket: 'true' });
	});

	it('caps the items per poll, forgets deleted voices, and Fetch Test Event gives the newest finished voice', async () => {
		const watched = workflow({ maxItems: 2 });
		const activation = watched.activate();
		await activation.poll();
		const fresh = [voice('pending'), voice('pending'), voice('pending')];
		expect(ids(await activation.poll())).toEqual([fresh[0].id, fresh[1].id]);
		expect(ids(await activation.poll())).toEqual([fresh[2].id]);
		voices.splice(0, 1);
		await activation.poll();
		const memory = watched.staticData()['node:Vocu Trigger'] as {
			voiceReady: { voices: Record<string, string> };
		};
		expect(memory.voiceReady.voices).toEqual({ [fresh[1].id]: 'uu', [fresh[2].id]: 'uu' });
		const manual = workflow().activate('manual', 'manual');
		expect(ids(await manual.poll())).toEqual([fresh[2].id]);
	});
});
