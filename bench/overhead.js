'use strict';
// Per-item overhead: 1,000 items of Account → Get through the Vocu node vs n8n's HTTP Request node with the same
// credential, in one n8n process. Every node takes the SAME 1,000 items straight from the Items node (fan-out; the
// old bench chained the nodes, so each one's input was the other's output), in alternating order (Vocu first in
// even runs, HTTP first in odd ones); n8n's own per-node executionTime from the run data is compared (median of
// RUNS each). BENCH_CHAIN=1 runs the old chained layout for comparison.
// Run: node bench/overhead.js
const http = require('node:http');

const { API_KEY, prepareN8n, runWorkflow, node, chain, median } = require('./lib');

const ITEMS = Number(process.env.BENCH_ITEMS || 1000);
const RUNS = Number(process.env.BENCH_RUNS || 6);
const CHAIN = process.env.BENCH_CHAIN === '1';
const BODY = JSON.stringify({
	status: 200,
	message: 'OK',
	user: { id: 'u1', name: 'bench', credits: 10 },
});

function startAccountServer() {
	const server = http.createServer((req, res) => {
		const ok = req.headers.authorization === `Bearer ${API_KEY}` && req.url === '/api/account/info';
		res.writeHead(ok ? 200 : 401, {
			'content-type': 'application/json',
			'content-length': Buffer.byteLength(BODY),
		});
		res.end(ok ? BODY : '');
	});
	server.keepAliveTimeout = 60_000;
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
		),
	);
}

async function main() {
	const api = await startAccountServer();
	const prepared = await prepareN8n(api.url);
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0),
		node(
			'Items',
			'n8n-nodes-base.code',
			2,
			{ jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { i } }));` },
			200,
		),
	];
	const names = ['Start', 'Items'];
	for (let run = 0; run < RUNS; run++) {
		const pair = [
			node(
				`Vocu ${run}`,
				'n8n-nodes-vocu.vocu',
				1,
				{ resource: 'account', operation: 'get' },
				400 + run * 400,
				{ credentials },
			),
			node(
				`HTTP ${run}`,
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					url: `${api.url}/api/account/info`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'vocuApi',
					options: {},
				},
				600 + run * 400,
				{ credentials },
			),
		];
		// Alternate which node goes first in each pair.
		if (run % 2) pair.reverse();
		nodes.push(...pair);
		names.push(...pair.map((n) => n.name));
	}
	// Fan-out: n8n (v1 order) runs the branches of one output in order of position, left to right.
	const connections = CHAIN ? chain(names) : chain(['Start', 'Items']);
	if (!CHAIN)
		connections.Items = {
			main: [names.slice(2).map((name) => ({ node: name, type: 'main', index: 0 }))],
		};
	const loadBefore = require('node:os').loadavg()[0];
	const output = await runWorkflow(prepared, {
		id: 'benchOverhead01',
		name: 'bench overhead',
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
	});
	const loadAfter = require('node:os').loadavg()[0];
	api.server.close();
	const runData = output.data.resultData.runData;
	const timeOf = (name) => {
		const task = runData[name]?.[0];
		const count = task?.data?.main?.[0]?.length;
		if (count !== ITEMS)
			throw new Error(
				`${name} returned ${count} items: ${JSON.stringify(task?.error ?? '').slice(0, 500)}`,
			);
		return task.executionTime;
	};
	const vocu = Array.from({ length: RUNS }, (_, run) => timeOf(`Vocu ${run}`));
	const httpTimes = Array.from({ length: RUNS }, (_, run) => timeOf(`HTTP ${run}`));
	const vocuMedian = median(vocu);
	const httpMedian = median(httpTimes);
	console.log(
		`\n${ITEMS} items of Account → Get, ${RUNS} runs each, one n8n process, alternating order, ${CHAIN ? 'chained (old layout)' : 'each node fed the same items'}, load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}\n`,
	);
	console.log('| Node | Runs (ms) | Median (ms) | Per item (ms) |');
	console.log('|---|---|---|---|');
	console.log(`| Vocu | ${vocu.join(', ')} | ${vocuMedian} | ${(vocuMedian / ITEMS).toFixed(2)} |`);
	console.log(
		`| HTTP Request | ${httpTimes.join(', ')} | ${httpMedian} | ${(httpMedian / ITEMS).toFixed(2)} |`,
	);
	console.log(`\nVocu / HTTP Request = ${(vocuMedian / httpMedian).toFixed(3)} (target ≤ 0.85)`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
