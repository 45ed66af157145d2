'use strict';
// Throughput under Vocu's concurrency limit, in a real n8n 1.123 (`n8n execute`): 300, 1,000 and 3,000 items of
// Speech → Generate against a local server that serves C = 3 generations at a time (each 100–500 ms, seeded) and
// holds the rest like Vocu does, answering 429 to a request still queued after HOLD_MS. Vocu holds for ~330 s; the
// bench holds for 20 s (BENCH_HOLD_MS), shorter than the queue of 300+ items sent at once, as the issue asks.
// Compares the Vocu node (defaults) with the strongest hand-built HTTP Request workflows: batching 3 items per
// 0 ms, and no batching (n8n waits between batches only when the interval is > 0 and does not wait for a
// batch's answers, so both send every item at once), plus the old 3 per 1,000 ms for reference.
// Run: node bench/throughput.js   (BENCH_ITEMS=300,1000,3000 by default; installs the pinned n8n once)
const http = require('node:http');
const os = require('node:os');

const { API_KEY, prepareN8n, runWorkflow, node, chain, seeded } = require('./lib');

const SIZES = String(process.env.BENCH_ITEMS || '300,1000,3000')
	.split(',')
	.map(Number);
const C = 3;
const HOLD_MS = Number(process.env.BENCH_HOLD_MS || 20_000);
const VOICE_ID = '9f011950-f143-4eb7-abbb-90e0b66874ea';

function startLimitedVocu() {
	const stats = { served: 0, rejected: 0, latencySum: 0, peak: 0, first: 0, last: 0, badAuth: 0 };
	let inFlight = 0;
	const queue = [];
	const random = seeded(42);
	const reject = (res) => {
		stats.rejected++;
		stats.last = Date.now();
		res.writeHead(429, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ status: 429, code: 'RATE_LIMIT_CONCURRENT', message: 'Too many' }));
	};
	const serveNext = () => {
		while (inFlight < C && queue.length) {
			const { res, timer } = queue.shift();
			clearTimeout(timer);
			inFlight++;
			stats.peak = Math.max(stats.peak, inFlight);
			const latency = 100 + Math.floor(random() * 400);
			stats.latencySum += latency;
			setTimeout(() => {
				inFlight--;
				stats.served++;
				stats.last = Date.now();
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({
						status: 200,
						message: 'OK',
						data: {
							id: `gen-${stats.served}`,
							audio: 'https://storage.example/a.mp3',
							credit_used: 1,
						},
					}),
				);
				serveNext();
			}, latency);
		}
	};
	const hold = (res) => {
		const entry = { res };
		// Held past HOLD_MS: Vocu answers 429 (the request was not processed).
		entry.timer = setTimeout(() => {
			queue.splice(queue.indexOf(entry), 1);
			reject(res);
		}, HOLD_MS);
		queue.push(entry);
	};
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			if (req.headers.authorization !== `Bearer ${API_KEY}`) {
				stats.badAuth++;
				res.writeHead(401, { 'content-type': 'application/json' });
				return res.end(
					JSON.stringify({ status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized' }),
				);
			}
			if (!stats.first) stats.first = Date.now();
			hold(res);
			serveNext();
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, stats, url: `http://127.0.0.1:${server.address().port}` }),
		),
	);
}

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

async function measure(prepared, vocu, label, worker, id, items) {
	Object.assign(vocu.stats, { served: 0, rejected: 0, latencySum: 0, peak: 0, first: 0, last: 0 });
	const run = await runWorkflow(prepared, workflow(id, worker, items));
	const nodeRun = run.data.resultData.runData[worker.name]?.[0];
	const seconds = (vocu.stats.last - vocu.stats.first) / 1000;
	// Ideal: the served generations back to back on C slots.
	const ideal = vocu.stats.latencySum / C / 1000;
	return {
		label,
		items,
		out: nodeRun?.data?.main?.[0]?.length ?? 0,
		served: vocu.stats.served,
		seconds,
		ideal,
		ratio: seconds / ideal,
		peak: vocu.stats.peak,
		http429: vocu.stats.rejected,
		failed: nodeRun?.error ? nodeRun.error.message.slice(0, 60) : '',
	};
}

async function main() {
	const vocu = await startLimitedVocu();
	const prepared = await prepareN8n(vocu.url);
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
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
	const results = [];
	for (const items of SIZES) {
		const load = os.loadavg()[0];
		const row = { items, load };
		row.vocu = await measure(
			prepared,
			vocu,
			'Vocu node (defaults)',
			ours,
			`benchVocuTput${items}`,
			items,
		);
		row.http0 = await measure(
			prepared,
			vocu,
			'HTTP Request, batch 3 / 0 ms',
			httpNode({ batchSize: C, batchInterval: 0 }),
			`benchHttp0Tput${items}`,
			items,
		);
		row.none = await measure(
			prepared,
			vocu,
			'HTTP Request, no batching',
			httpNode(undefined),
			`benchHttpNoneTput${items}`,
			items,
		);
		if (items <= 300) {
			row.http1000 = await measure(
				prepared,
				vocu,
				'HTTP Request, batch 3 / 1,000 ms',
				httpNode({ batchSize: C, batchInterval: 1000 }),
				`benchHttp1kTput${items}`,
				items,
			);
		}
		row.loadEnd = os.loadavg()[0];
		results.push(row);
		process.stderr.write(`done: ${items} items\n`);
	}
	vocu.server.close();
	console.log(
		`\nC = ${C}, latency 100–500 ms (seeded), server holds queued requests ${HOLD_MS / 1000} s then 429\n`,
	);
	console.log(
		'| Items | Run | Items out | Served | 429s | Time (s) | Ideal (s) | Time / ideal | Peak in flight | Vocu time ÷ this | Load avg |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|');
	for (const row of results) {
		for (const r of [row.vocu, row.http0, row.none, row.http1000].filter(Boolean)) {
			const vs = r === row.vocu ? '—' : (row.vocu.seconds / r.seconds).toFixed(3);
			console.log(
				`| ${r.items} | ${r.label} | ${r.out}${r.failed ? ` (stopped: ${r.failed})` : ''} | ${r.served} | ${r.http429} | ${r.seconds.toFixed(1)} | ` +
					`${r.ideal.toFixed(1)} | ${r.ratio.toFixed(3)} | ${r.peak} | ${vs} | ${row.load.toFixed(2)} → ${row.loadEnd.toFixed(2)} |`,
			);
		}
	}
	console.log(
		'\nTime: first request to last answer at the server. Ideal: the served generations back to back on C slots.' +
			'\nHTTP Request with batch 3 / 0 ms sends every item at once (n8n sleeps between batches only for an interval > 0),' +
			'\nso it is the same workflow as no batching: Vocu serves C and holds the rest, and what is still held after' +
			'\nthe hold time gets 429 (the HTTP Request node then stops, or with Continue On Fail outputs error items).',
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
