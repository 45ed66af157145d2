'use strict';
// Per-item overhead: 1,000 items of Account → Get through the Vocu node and n8n's HTTP Request node with the same
// credential, in one n8n process (`n8n execute`; BENCH_N8N=2 for n8n 2.x). The figure comes from the "fan-out"
// layout: every node takes the SAME 1,000 items straight from the Items node, the pairs in alternating order
// (Vocu first in even runs, HTTP first in odd ones), and n8n's own executionTime of each node run is compared
// (median of RUNS each). The old "chain" layout (Vocu → HTTP → Vocu → …, each node fed the other's output) is
// run next, in its own process, to show how the two methods differ (BENCH_LAYOUTS=fanout,chain).
// Run: node bench/overhead.js
const http = require('node:http');
const os = require('node:os');

const { API_KEY, prepareN8n, runWorkflow, node, chain, median } = require('./lib');

const ITEMS = Number(process.env.BENCH_ITEMS || 1000);
const RUNS = Number(process.env.BENCH_RUNS || 6);
const LAYOUTS = String(process.env.BENCH_LAYOUTS || 'fanout,chain').split(',');
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
			'content-length': ok ? Buffer.byteLength(BODY) : 0,
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

function overheadWorkflow(layout, apiUrl, credentials) {
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
	const names = [];
	for (let run = 0; run < RUNS; run++) {
		const pair = [
			node('Vocu', 'n8n-nodes-vocu.vocu', 1, { resource: 'account', operation: 'get' }, 0, {
				credentials,
			}),
			node(
				'HTTP',
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					url: `${apiUrl}/api/account/info`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'vocuApi',
					options: {},
				},
				0,
				{ credentials },
			),
		];
		// Alternate which node goes first in each pair.
		if (run % 2) pair.reverse();
		for (const member of pair) {
			member.name = `${member.name} ${run}`;
			member.id = member.name.replace(/\W/g, '');
			// n8n (v1 order) runs the branches of one output by position, left to right.
			member.position = [400 + names.length * 200, 0];
			names.push(member.name);
		}
		nodes.push(...pair);
	}
	const connections =
		layout === 'chain'
			? chain(['Start', 'Items', ...names])
			: {
					...chain(['Start', 'Items']),
					Items: { main: [names.map((name) => ({ node: name, type: 'main', index: 0 }))] },
				};
	return {
		id: `benchOverhead${layout === 'chain' ? 'Chain' : 'Fan'}`,
		name: `bench overhead ${layout}`,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
	};
}

async function measure(prepared, apiUrl, layout) {
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const load = os.loadavg()[0];
	const output = await runWorkflow(prepared, overheadWorkflow(layout, apiUrl, credentials));
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
	return { layout, vocu, http: httpTimes, load: [load, os.loadavg()[0]] };
}

function report(results) {
	const line = process.env.BENCH_N8N === '2' ? '2.x' : '1.x';
	console.log(
		`\nn8n ${line}: ${ITEMS} items of Account → Get per node run, ${RUNS} runs of each node, one n8n process per layout, alternating order\n`,
	);
	console.log(
		'| Layout | Vocu runs (ms) | HTTP Request runs (ms) | Vocu median (ms/item) | HTTP median (ms/item) | Vocu ÷ HTTP (medians) | Pairwise ratios (min–max) | Load avg |',
	);
	console.log('|---|---|---|---|---|---|---|---|');
	for (const r of results) {
		const v = median(r.vocu);
		const h = median(r.http);
		const pairs = r.vocu.map((time, i) => time / r.http[i]);
		console.log(
			`| ${r.layout === 'chain' ? 'chain (old: each fed the other’s output)' : 'fan-out (same items to every node)'} | ${r.vocu.join(', ')} | ${r.http.join(', ')} | ` +
				`${(v / ITEMS).toFixed(2)} | ${(h / ITEMS).toFixed(2)} | **${(v / h).toFixed(3)}** | ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)} | ` +
				`${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)} |`,
		);
	}
	console.log(
		'\nTarget (fan-out): Vocu ÷ HTTP Request ≤ 0.85. Times are n8n’s executionTime of each node run.',
	);
}

async function main() {
	const api = await startAccountServer();
	const prepared = await prepareN8n(api.url);
	const results = [];
	for (const layout of LAYOUTS) results.push(await measure(prepared, api.url, layout));
	api.server.close();
	report(results);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
