'use strict';
// Throughput under Vocu's concurrency limit, in a real n8n (`n8n execute`; BENCH_N8N=2 for n8n 2.x): 300, 1,000
// and 3,000 items of Speech → Generate against a local stand-in that serves C = 3 generations at a time (each
// 100–500 ms, seeded) and holds the rest like Vocu does, answering 429 to a request still queued after the hold
// (bench/limitedVocu.js). Compares the Vocu node (defaults) with the strongest hand-built HTTP Request workflows:
// - batching 3 items per 0 ms, and no batching: n8n sleeps between batches only for an interval > 0 and does not
//   wait for a batch's answers, so both send every item at once and leave the queueing to Vocu. With a hold
//   shorter than the queue (BENCH_HOLD_MS, 20 s by default, as the issue asks) the tail gets 429;
// - batching 3 per 0 ms with Vocu's own hold (330 s), longer than the queue: every item is served, back to back
//   (sizes up to BENCH_LONG_HOLD_MAX, 3,000 by default; 1,000 saves about 5 minutes);
// - batching 3 per 1,000 ms (the old comparison), at 300 items.
// Run: node bench/throughput.js   (BENCH_ITEMS=300,1000,3000 by default)
const os = require('node:os');

const { prepareN8n, runWorkflow, node, chain } = require('./lib');
const { startLimitedVocu, timing, VOICE_ID } = require('./limitedVocu');

const SIZES = String(process.env.BENCH_ITEMS || '300,1000,3000')
	.split(',')
	.map(Number);
const C = 3;
const SHORT_HOLD_MS = Number(process.env.BENCH_HOLD_MS || 20_000);
const VOCU_HOLD_MS = 330_000;
const LONG_HOLD_MAX = Number(process.env.BENCH_LONG_HOLD_MAX || 3000);

function workflow(id, worker, items) {
	const makeItems = node(
		'Items',
		'n8n-nodes-base.code',
		2,
		{
			jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { text: 'Sentence number ' + i } }));`,
		},
		200,
	);
	const trigger = node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0);
	return {
		id,
		name: id,
		nodes: [trigger, makeItems, worker],
		connections: chain(['Start', 'Items', worker.name]),
		settings: {},
	};
}

async function measure(prepared, vocu, { label, worker, id, items, holdMs }) {
	vocu.reset();
	vocu.holdMs = holdMs;
	const run = await runWorkflow(prepared, workflow(id, worker, items));
	const nodeRun = run.data.resultData.runData[worker.name]?.[0];
	return {
		label,
		items,
		holdMs,
		out: nodeRun?.data?.main?.[0]?.length ?? 0,
		served: vocu.stats.served,
		...timing(vocu),
		peak: vocu.stats.peak,
		http429: vocu.stats.rejected,
		failed: nodeRun?.error ? nodeRun.error.message.slice(0, 60) : '',
	};
}

function workers(vocu, credentials) {
	const ours = node(
		'Vocu',
		'n8n-nodes-vocu.vocu',
		1,
		{
			resource: 'speech',
			operation: 'generate',
			voiceId: { __rl: true, mode: 'id', value: VOICE_ID },
			text: '={{ $json.text }}',
			downloadAudio: false,
		},
		400,
		{ credentials },
	);
	const httpNode = (batching) =>
		node(
			'HTTP Request',
			'n8n-nodes-base.httpRequest',
			4.2,
			{
				method: 'POST',
				url: `${vocu.url}/api/tts/simple-generate`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'vocuApi',
				sendBody: true,
				specifyBody: 'json',
				jsonBody: `={{ JSON.stringify({ voiceId: '${VOICE_ID}', text: $json.text }) }}`,
				options: batching ? { batching: { batch: batching } } : {},
			},
			400,
			{ credentials },
		);
	return { ours, httpNode };
}

async function measureSize(prepared, vocu, { ours, httpNode }, items) {
	const row = { items, load: os.loadavg()[0] };
	const zero = { batchSize: C, batchInterval: 0 };
	// label, workflow, workflow ID suffix, how long the stand-in holds excess requests, and which sizes run it
	const scenarios = [
		['Vocu node (defaults)', ours, 'VocuTput', SHORT_HOLD_MS, true],
		['HTTP Request, batch 3 / 0 ms', httpNode(zero), 'Http0Tput', SHORT_HOLD_MS, true],
		['HTTP Request, no batching', httpNode(undefined), 'HttpNoneTput', SHORT_HOLD_MS, true],
		[
			'HTTP Request, batch 3 / 0 ms',
			httpNode(zero),
			'Http0LongTput',
			VOCU_HOLD_MS,
			items <= LONG_HOLD_MAX,
		],
		[
			'HTTP Request, batch 3 / 1,000 ms',
			httpNode({ batchSize: C, batchInterval: 1000 }),
			'Http1kTput',
			SHORT_HOLD_MS,
			items <= 300,
		],
	];
	row.runs = [];
	for (const [label, worker, id, holdMs, runs] of scenarios) {
		if (runs)
			row.runs.push(
				await measure(prepared, vocu, { label, worker, id: `bench${id}${items}`, items, holdMs }),
			);
	}
	row.loadEnd = os.loadavg()[0];
	return row;
}

function report(results) {
	console.log(
		`\nn8n ${process.env.BENCH_N8N === '2' ? '2.x' : '1.x'}, C = ${C}, latency 100–500 ms (seeded), the stand-in holds queued requests, then answers 429\n`,
	);
	console.log(
		'| Items | Workflow | Hold (s) | Items out | Served | 429s | Time (s) | Ideal (s) | Time / ideal | Peak in flight | Vocu time ÷ this | Load avg |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
	for (const row of results) {
		const [vocu] = row.runs;
		for (const r of row.runs) {
			const vs =
				r === vocu
					? '—'
					: r.out < r.items
						? 'n/a (stopped)'
						: (vocu.seconds / r.seconds).toFixed(3);
			console.log(
				`| ${r.items} | ${r.label} | ${r.holdMs / 1000} | ${r.out}${r.failed ? ` (stopped: ${r.failed})` : ''} | ${r.served} | ${r.http429} | ` +
					`${r.seconds.toFixed(1)} | ${r.ideal.toFixed(1)} | ${r.ratio.toFixed(3)} | ${r.peak} | ${vs} | ${row.load.toFixed(2)} → ${row.loadEnd.toFixed(2)} |`,
			);
		}
	}
	console.log(
		'\nTime: first generation request to last answer at the stand-in. Ideal: the served generations back to back on C slots.' +
			'\nA workflow that stopped on a 429 served fewer items; its time is until the last answer it got.',
	);
}

async function main() {
	const vocu = await startLimitedVocu({ concurrency: C, holdMs: SHORT_HOLD_MS });
	const prepared = await prepareN8n(vocu.url);
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const nodes = workers(vocu, credentials);
	const results = [];
	for (const items of SIZES) {
		results.push(await measureSize(prepared, vocu, nodes, items));
		process.stderr.write(`done: ${items} items\n`);
	}
	vocu.server.close();
	report(results);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
