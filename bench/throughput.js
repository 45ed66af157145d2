'use strict';
// Issue 9, throughput under Vocu's concurrency limit: 300 items of Speech → Generate against a local server that
// serves C = 3 generations at a time (each 100–500 ms), holding the rest like Vocu does (429 after 330 s).
// Compares the Vocu node (defaults) with n8n's HTTP Request node with batching set to C.
// Run: node bench/throughput.js   (installs the pinned n8n once; VOCU_N8N_CACHE picks the install folder)
const http = require('node:http');

const { API_KEY, prepareN8n, runWorkflow, node, chain, seeded } = require('./lib');

const ITEMS = Number(process.env.BENCH_ITEMS || 300);
const C = 3;
const HOLD_MS = 330_000;
const VOICE_ID = '9f011950-f143-4eb7-abbb-90e0b66874ea';

function startLimitedVocu() {
	const stats = { served: 0, rejected: 0, latencySum: 0, peak: 0, first: 0, last: 0, badAuth: 0 };
	let inFlight = 0;
	const queue = [];
	const random = seeded(42);
	const serveNext = () => {
		while (inFlight < C && queue.length) {
			const { res, arrived } = queue.shift();
			if (Date.now() - arrived > HOLD_MS) {
				stats.rejected++;
				res.writeHead(429, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ status: 429, code: 'RATE_LIMIT_CONCURRENT', message: 'Too many' }));
				continue;
			}
			inFlight++;
			stats.peak = Math.max(stats.peak, inFlight);
			const latency = 100 + Math.floor(random() * 400);
			stats.latencySum += latency;
			setTimeout(() => {
				inFlight--;
				stats.served++;
				stats.last = Date.now();
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ status: 200, message: 'OK', data: { id: `gen-${stats.served}`, audio: 'https://storage.example/a.mp3', credit_used: 1 } }));
				serveNext();
			}, latency);
		}
	};
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			if (req.headers.authorization !== `Bearer ${API_KEY}`) {
				stats.badAuth++;
				res.writeHead(401, { 'content-type': 'application/json' });
				return res.end(JSON.stringify({ status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized' }));
			}
			if (!stats.first) stats.first = Date.now();
			queue.push({ res, arrived: Date.now() });
			serveNext();
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve({ server, stats, url: `http://127.0.0.1:${server.address().port}` })),
	);
}

function workflow(id, worker) {
	const makeItems = node('Items', 'n8n-nodes-base.code', 2, {
		jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { text: 'Sentence number ' + i } }));`,
	}, 200);
	const trigger = node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0);
	return { id, name: id, nodes: [trigger, makeItems, worker], connections: chain(['Start', 'Items', worker.name]), settings: {} };
}

async function measure(prepared, vocu, label, worker, id) {
	Object.assign(vocu.stats, { served: 0, rejected: 0, latencySum: 0, peak: 0, first: 0, last: 0 });
	const run = await runWorkflow(prepared, workflow(id, worker));
	const nodeRun = run.data.resultData.runData[worker.name]?.[0];
	const seconds = (vocu.stats.last - vocu.stats.first) / 1000;
	const ideal = vocu.stats.latencySum / C / 1000;
	return {
		label,
		items: nodeRun?.data?.main?.[0]?.length ?? 0,
		seconds,
		ideal,
		ratio: seconds / ideal,
		peak: vocu.stats.peak,
		http429: vocu.stats.rejected,
		nodeMs: nodeRun?.executionTime,
	};
}

async function main() {
	const vocu = await startLimitedVocu();
	const prepared = await prepareN8n(vocu.url);
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const ours = node('Vocu', 'n8n-nodes-vocu.vocu', 1, {
		resource: 'speech',
		operation: 'generate',
		voiceId: { __rl: true, mode: 'id', value: VOICE_ID },
		text: '={{ $json.text }}',
		downloadAudio: false,
	}, 400, { credentials });
	const httpNode = (interval) =>
		node('HTTP Request', 'n8n-nodes-base.httpRequest', 4.2, {
			method: 'POST',
			url: `${vocu.url}/api/tts/simple-generate`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'vocuApi',
			sendBody: true,
			specifyBody: 'json',
			jsonBody: `={{ JSON.stringify({ voiceId: '${VOICE_ID}', text: $json.text }) }}`,
			options: { batching: { batch: { batchSize: C, batchInterval: interval } } },
		}, 400, { credentials });
	const results = [];
	results.push(await measure(prepared, vocu, 'Vocu node (defaults: 3 in flight, sliding)', ours, 'benchVocuTput01'));
	results.push(await measure(prepared, vocu, `HTTP Request, batch ${C} / 1000 ms (default interval)`, httpNode(1000), 'benchHttpTput01'));
	results.push(await measure(prepared, vocu, `HTTP Request, batch ${C} / 500 ms`, httpNode(500), 'benchHttpTput02'));
	vocu.server.close();
	console.log(`\n${ITEMS} items, C = ${C}, latency 100–500 ms (seeded)\n`);
	console.log('| Run | Items out | Time (s) | Ideal (s) | Time / ideal | Peak in flight | 429s |');
	console.log('|---|---|---|---|---|---|---|');
	for (const r of results) {
		console.log(`| ${r.label} | ${r.items} | ${r.seconds.toFixed(1)} | ${r.ideal.toFixed(1)} | ${r.ratio.toFixed(3)} | ${r.peak} | ${r.http429} |`);
	}
	const [vocuRun, httpRun] = results;
	console.log(`\nVocu time / ideal = ${vocuRun.ratio.toFixed(3)} (target ≤ 1.15), 429s = ${vocuRun.http429} (target 0)`);
	console.log(`Vocu time / HTTP Request time (default interval) = ${(vocuRun.seconds / httpRun.seconds).toFixed(3)} (target ≤ 0.85)`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
