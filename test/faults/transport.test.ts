/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import path from 'node:path';

import type { INodeParameters } from 'n8n-workflow';

import type { WorkflowRun } from '../harness/runNode';
import { TEST_API_KEY, type RecordedRequest, type Reply } from '../harness/stubServer';
import taskGet from '../fixtures/api/task.get.json';
import { inputItems, keyLeaks, useFaultStubs, type FaultStubs } from './helpers';
import { IDS, MP3, operationCase } from './operations';

const OK = { status: 200, message: 'OK' };
const short = (timeout: number) => ({ requestOptions: { timeout } });

interface Row {
	name: string;
	op: string;
	params?: INodeParameters;
	/** Registers the calls of the row; returns nothing, the stubs check them. */
	arrange: (stubs: FaultStubs) => void;
	message: string | RegExp;
	says?: string[];
	/** Texts the error description must not contain. */
	saysNot?: string[];
	/** Calls Vocu must have received, in all. */
	vocuCalls: number;
}

/** Speech → Generate's answer, pointing at `path` on the storage host (or at `url` as given). */
function generated(stubs: FaultStubs, path: string, url?: string) {
	return {
		...OK,
		data: { id: 'gen-7', audio: url ?? `${stubs.storage.url}${path}`, credit_used: 12 },
	};
}

/** `tries`: how often the storage host is asked (a transient failure is tried 3 times in all). */
function generateThenDownload(download: Reply, tries = 1) {
	return (stubs: FaultStubs) => {
		stubs.vocu
			.on('POST', '/api/tts/simple-generate')
			.reply(200, generated(stubs, '/generate/gen-7.mp3'));
		stubs.storage.on('GET', '/generate/gen-7.mp3').times(tries).replyWith(download);
	};
}

const charged = 'the generation may still have run';
const notResent = 'did not send it again';

const ROWS: Row[] = [
	// audio downloads (storage host, no credential)
	{
		name: 'truncated audio download',
		op: 'speech.generate',
		arrange: generateThenDownload(
			{
				status: 200,
				body: MP3,
				headers: { 'content-type': 'audio/mpeg' },
				truncateAfter: 100,
			},
			3,
		),
		message: /^Speech audio: downloading the audio failed \((cut off|connection failed)\)$/,
		says: [
			'Generation gen-7 succeeded and was charged: fetch the file from',
			'/generate/gen-7.mp3',
		],
		saysNot: ['Run the node again'],
		vocuCalls: 1,
	},
	{
		name: 'audio link answers 404',
		op: 'speech.generate',
		arrange: generateThenDownload({
			status: 404,
			body: 'gone',
			headers: { 'content-type': 'text/plain' },
		}),
		message: 'Speech audio: downloading the audio failed (HTTP 404)',
		says: ['Audio links may expire'],
		vocuCalls: 1,
	},
	{
		name: 'audio link answers an HTML page',
		op: 'speech.generate',
		arrange: generateThenDownload({
			status: 200,
			body: '<html></html>',
			headers: { 'content-type': 'text/html' },
		}),
		message: 'Speech audio: downloading the audio failed (text/html instead of audio)',
		vocuCalls: 1,
	},
	{
		name: 'audio link that is not http(s) is not fetched',
		op: 'speech.generate',
		arrange: (stubs) =>
			stubs.vocu
				.on('POST', '/api/tts/simple-generate')
				.reply(200, generated(stubs, '', 'file:///etc/passwd')),
		message: 'Speech audio: Vocu gave no downloadable audio URL',
		vocuCalls: 1,
	},
	{
		name: 'truncated merged audio of a generated task',
		op: 'task.get',
		params: { downloadAudio: true },
		arrange: (stubs) => {
			const metadata = {
				...taskGet.response.body.data.metadata,
				audio: `${stubs.storage.url}/generate/merged.mp3`,
			};
			stubs.vocu
				.on('GET', `/api/tts/generate/${IDS.task}`)
				.reply(200, { ...OK, data: { ...taskGet.response.body.data, metadata } });
			stubs.storage
				.on('GET', '/generate/merged.mp3')
				.times(3)
				.replyWith({
					status: 200,
					body: MP3,
					headers: { 'content-type': 'audio/mpeg' },
					truncateAfter: 10,
				});
		},
		message: new RegExp(`^Task ${IDS.task} audio: downloading the audio failed`),
		says: [
			`Generation ${IDS.task} succeeded and was charged: fetch the file from`,
			'/generate/merged.mp3',
			'get its audio again later with Task → Get',
		],
		saysNot: ['Run the node again'],
		vocuCalls: 1,
	},
	// connection resets
	{
		name: 'connection reset on a charged request: may have run, not re-sent',
		op: 'speech.generate',
		arrange: ({ vocu }) => vocu.on('POST', '/api/tts/simple-generate').replyWith({ destroy: true }),
		message: `The connection to Vocu broke: ${charged}`,
		says: [notResent],
		vocuCalls: 1,
	},
	{
		name: 'stream cut off mid-audio: may have run, not re-sent',
		op: 'speech.stream',
		arrange: ({ vocu }) =>
			vocu.on('GET', '/api/tts/simple-generate.mp3').replyWith({
				status: 200,
				body: MP3,
				headers: { 'content-type': 'audio/mpeg' },
				truncateAfter: 300,
			}),
		message: `The connection to Vocu broke: ${charged}`,
		vocuCalls: 1,
	},
	{
		name: 'connection reset when creating a task: may have run, not re-sent',
		op: 'task.create',
		arrange: ({ vocu }) => vocu.on('POST', '/api/tts/generate').replyWith({ destroy: true }),
		message: `The connection to Vocu broke: ${charged}`,
		vocuCalls: 1,
	},
	{
		name: 'connection reset on every try of a read (sent twice: Max Attempts 2)',
		op: 'voice.get',
		params: { requestOptions: { maxAttempts: 2 } },
		arrange: ({ vocu }) =>
			vocu.on('GET', `/api/voice/${IDS.voice}`).times(2).replyWith({ destroy: true }),
		message: /connection .*closed unexpectedly/,
		vocuCalls: 2,
	},
	// timeouts (Settings → Request Options → Timeout)
	{
		name: 'timeout of Speech → Generate: may have run, exactly one call',
		op: 'speech.generate',
		params: short(200),
		arrange: ({ vocu }) =>
			vocu
				.on('POST', '/api/tts/simple-generate')
				.replyWith({ status: 200, json: OK, delayMs: 1500 }),
		message: `Vocu did not answer in time: ${charged}`,
		says: [notResent, 'raise Timeout under Settings → Request Options'],
		vocuCalls: 1,
	},
	{
		name: 'timeout of Speech → Stream: may have run, exactly one call',
		op: 'speech.stream',
		params: short(200),
		arrange: ({ vocu }) =>
			vocu
				.on('GET', '/api/tts/simple-generate.mp3')
				.replyWith({ status: 200, body: MP3, delayMs: 1500 }),
		message: `Vocu did not answer in time: ${charged}`,
		vocuCalls: 1,
	},
	{
		name: 'timeout of Task → Create: may have run, exactly one call',
		op: 'task.create',
		params: short(200),
		arrange: ({ vocu }) =>
			vocu.on('POST', '/api/tts/generate').replyWith({ status: 200, json: OK, delayMs: 1500 }),
		message: `Vocu did not answer in time: ${charged}`,
		vocuCalls: 1,
	},
	{
		name: 'timeout of a read',
		op: 'account.get',
		params: short(200),
		arrange: ({ vocu }) =>
			vocu.on('GET', '/api/account/info').replyWith({ status: 200, json: OK, delayMs: 1500 }),
		message: /aborted|timeout/i,
		vocuCalls: 1,
	},
	{
		name: "timeout of Template → Update's re-read (code path)",
		op: 'template.update',
		params: short(200),
		arrange: ({ vocu }) => {
			vocu.on('POST', `/api/template/${IDS.template}`).reply(200, OK);
			vocu
				.on('GET', `/api/template/${IDS.template}`)
				.replyWith({ status: 200, json: OK, delayMs: 1500 });
		},
		message: /aborted|timeout/i,
		vocuCalls: 2,
	},
];

describe('fault matrix: downloads, resets, timeouts', () => {
	const { stubs, run } = useFaultStubs();

	it.each(ROWS.map((row) => [`${row.op}: ${row.name}`, row] as const))('%s', async (_name, row) => {
		const op = operationCase(row.op);
		row.arrange(stubs);

		const { items, failure } = await run(
			{ ...op.params, ...row.params },
			{ items: await inputItems(1, op.binaries) },
		);

		expect(items).toEqual([]);
		if (typeof row.message === 'string') expect(failure?.message).toBe(row.message);
		else expect(failure?.message).toMatch(row.message);
		expect(failure?.context?.itemIndex).toBe(0);
		for (const text of row.says ?? []) expect(failure?.description).toContain(text);
		for (const text of row.saysNot ?? []) expect(failure?.description).not.toContain(text);
		expect(stubs.vocu.requests).toHaveLength(row.vocuCalls);
	});

	it('a stalled poll ends at the timeout: the task is output with waitError, not waited on forever', async () => {
		const op = operationCase('task.create');
		stubs.vocu
			.on('POST', '/api/tts/generate')
			.reply(200, { ...OK, data: { id: IDS.task, status: 'pending' } });
		stubs.vocu
			.on('GET', `/api/tts/generate/${IDS.task}`)
			.times(3)
			.replyWith({ status: 200, json: OK, delayMs: 2000 });

		const { items, error } = await run({ ...op.params, ...short(300) });

		// Ending with waitError (and within the jest timeout) is the proof; how long it took is for benchmarks.
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: IDS.task,
			status: 'pending',
			waitError: expect.stringMatching(/aborted|timeout/i),
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	}, 15_000);
});

describe('fault matrix: redirects never carry the API key to another host', () => {
	const { stubs, run } = useFaultStubs();

	function redirect(status: number) {
		return (request: RecordedRequest): Reply => ({
			status,
			headers: { location: `${stubs.elsewhere.url}/moved${request.path}` },
		});
	}

	it.each([
		['account.get', 'GET', '/api/account/info', 302],
		['voice.get', 'GET', `/api/voice/${IDS.voice}`, 301],
		['speech.generate', 'POST', '/api/tts/simple-generate', 307],
		['template.create', 'POST', '/api/template', 308],
	] as const)('%s: %s %s answered %i', async (key, method, path, status) => {
		const op = operationCase(key);
		stubs.vocu.on(method, path).replyWith(redirect(status));
		stubs.elsewhere
			.on(method, `/moved${path}`)
			.reply(404, { status: 404, code: 'RESOURCE_NOT_FOUND' });

		await run(op.params, { items: await inputItems(1, op.binaries) });

		expect(stubs.elsewhere.requests).toHaveLength(1);
		expect(stubs.elsewhere.requests[0].headers.authorization).toBeUndefined();
	});

	it('template.update: the re-read (a code path) is redirected without the key', async () => {
		const op = operationCase('template.update');
		const path = `/api/template/${IDS.template}`;
		stubs.vocu.on('POST', path).reply(200, OK);
		stubs.vocu.on('GET', path).replyWith(redirect(302));
		stubs.elsewhere
			.on('GET', `/moved${path}`)
			.reply(200, { ...OK, data: { id: 'from-elsewhere' } });

		const { items } = await run(op.params);

		expect(items[0].json).toEqual({ id: 'from-elsewhere' });
		expect(stubs.elsewhere.requests[0].headers.authorization).toBeUndefined();
	});

	it('task.create: the audio download follows a redirect without any credential', async () => {
		const op = operationCase('task.create');
		const metadata = {
			...taskGet.response.body.data.metadata,
			audio: `${stubs.storage.url}/generate/merged.mp3`,
		};
		stubs.vocu
			.on('POST', '/api/tts/generate')
			.reply(200, { ...OK, data: { id: IDS.task, status: 'generated', metadata } });
		stubs.storage.on('GET', '/generate/merged.mp3').replyWith(redirect(302));
		stubs.elsewhere
			.on('GET', '/moved/generate/merged.mp3')
			.replyWith({ status: 200, body: MP3, headers: { 'content-type': 'audio/mpeg' } });

		const { items, error } = await run(op.params);

		expect(error).toBeUndefined();
		expect(items[0].binary?.data.mimeType).toBe('audio/mpeg');
		expect(stubs.storage.requests[0].headers.authorization).toBeUndefined();
		expect(stubs.elsewhere.requests[0].headers.authorization).toBeUndefined();
	});
});

describe('fault matrix: Batching (Settings → Request Options)', () => {
	const { stubs, run } = useFaultStubs();

	type SleepModule = {
		module: { sleep: (ms: number) => Promise<void> };
		sleep: (ms: number) => Promise<void>;
	};

	/**
	 * Where n8n-core's batching takes its `sleep` from: n8n-workflow in n8n 1.x, `@n8n/utils/sleep` in 2.x (resolved
	 * from n8n-core's own folder, so the suite on either line watches the one its RoutingNode calls).
	 */
	function sleepModules(): SleepModule[] {
		const candidates = [require.resolve('n8n-workflow')];
		try {
			candidates.push(
				require.resolve('@n8n/utils/sleep', { paths: [path.dirname(require.resolve('n8n-core'))] }),
			);
		} catch {
			// n8n-core 1.x has no @n8n/utils dependency.
		}
		return candidates.map((file) => {
			const module = jest.requireActual<SleepModule['module']>(file);
			return { module, sleep: module.sleep };
		});
	}

	/** A promise the test resolves itself. */
	function gate() {
		let open!: () => void;
		const promise = new Promise<void>((resolve) => (open = resolve));
		return { promise, open };
	}

	/**
	 * Order, not wall-clock time: the stub holds each pair's answers until both requests of the pair have arrived,
	 * and n8n's wait between batches (its `sleep` from n8n-workflow, watched here) ends only once the first pair is
	 * in. So the recorded sequence is the same on any machine, and only batching produces it.
	 */
	it('4 items, 2 per batch, 300 ms apart: each pair is in flight together, the second pair only after the wait', async () => {
		const events: string[] = [];
		const pairs = [gate(), gate()];
		let arrived = 0;
		let answered = 0;
		stubs.vocu
			.on('GET', '/api/account/info')
			.times(4)
			.replyWith(() => {
				arrived++;
				events.push(`request ${arrived} arrives, ${arrived - 1 - answered} in flight`);
				const pair = pairs[Math.floor((arrived - 1) / 2)];
				if (arrived % 2 === 0) {
					pair.open();
					answered += 2;
				}
				return { status: 200, json: { ...OK, user: { id: 'u1' } }, after: pair.promise };
			});
		const intervals: number[] = [];
		const watched = sleepModules();
		for (const { module, sleep } of watched) {
			Object.defineProperty(module, 'sleep', {
				configurable: true,
				enumerable: true,
				value: async (ms: number) => {
					if (ms !== 300) return await sleep(ms);
					intervals.push(ms);
					await sleep(ms);
					// Bounded, so that a regression shows up as a wrong order rather than a hang.
					await Promise.race([pairs[0].promise, sleep(5_000)]);
					events.push('the wait between batches ends');
				},
			});
		}

		try {
			const { items, error } = await run(
				{
					resource: 'account',
					operation: 'get',
					requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 300 } } },
				},
				{ items: await inputItems(4) },
			);

			expect(error).toBeUndefined();
			expect(items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		} finally {
			for (const { module, sleep } of watched) {
				Object.defineProperty(module, 'sleep', {
					configurable: true,
					enumerable: true,
					value: sleep,
				});
			}
		}
		expect(intervals).toEqual([300]);
		expect(events).toEqual([
			'request 1 arrives, 0 in flight',
			'request 2 arrives, 1 in flight',
			'the wait between batches ends',
			'request 3 arrives, 0 in flight',
			'request 4 arrives, 1 in flight',
		]);
	});
});

describe('the key-leak check itself', () => {
	const { stubs } = useFaultStubs();

	it('flags the key in outputs, in any request to other hosts, and outside the Authorization header', () => {
		const leakyRun = {
			run: { data: { resultData: { error: { message: `bad ${TEST_API_KEY}` } } } },
		} as unknown as WorkflowRun;
		const request = (headers: Record<string, string>, raw = ''): RecordedRequest => ({
			method: 'GET',
			path: '/x',
			query: {},
			headers,
			raw: Buffer.from(raw),
		});
		stubs.vocu.requests.push(
			request({ authorization: `Bearer ${TEST_API_KEY}` }, `{"key":"${TEST_API_KEY}"}`),
		);
		stubs.storage.requests.push(request({ authorization: `Bearer ${TEST_API_KEY}` }));
		stubs.elsewhere.requests.push(request({ 'x-api-key': TEST_API_KEY }));

		expect(keyLeaks(leakyRun, stubs)).toEqual([
			'the API key is in the run data (outputs or errors)',
			'Vocu GET /x: API key in the body',
			'storage GET /x received an Authorization header',
			'elsewhere GET /x: API key in a header',
		]);
	});
});
