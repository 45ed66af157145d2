'use strict';
// Where the Vocu node's per-item time goes: Account → Get over 1,000 items (BENCH_ITEMS) through n8n-core's real
// WorkflowExecute + RoutingNode (the jest harness, n8n-core 1.x) against a local server, CPU-profiled (V8's
// sampling profiler) over RUNS warm runs. Each sample is put in the first category its call stack contains:
// 1. the node's own hooks (code under nodes/Vocu);
// 2. n8n's authenticated request helper (credential, authentication, axios): HTTP Request pays the same per item;
// 3. RoutingNode reading the description for the item: requestDefaults (the base URL expression) and every
//    property's routing;
// 4. the rest (response handling, promises, GC, sockets).
// The harness's credential helper hands out the credential from memory; real n8n reads and decrypts it per item,
// so category 2 is larger there. Run: node bench/overhead-profile.js
const { fork } = require('node:child_process');
const http = require('node:http');
const inspector = require('node:inspector');
const path = require('node:path');

const { registerTypeScript } = require('./typescript');

const ITEMS = Number(process.env.BENCH_ITEMS || 1000);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const BODY = JSON.stringify({ status: 200, message: 'OK', user: { id: 'u1', credits: 10 } });

const CATEGORIES = [
	['Vocu hooks (nodes/Vocu)', (frame) => frame.url.includes('/nodes/Vocu/')],
	[
		'n8n request helper (credential, auth, HTTP): shared with HTTP Request',
		(frame) => frame.functionName === 'httpRequestWithAuthentication',
	],
	[
		'RoutingNode: requestDefaults (base URL expression)',
		(frame, parent) =>
			frame.functionName === 'getParameterValue' &&
			frame.url.includes('routing-node') &&
			parent?.functionName === 'runNode',
	],
	[
		'RoutingNode: every property’s routing for the item',
		(frame) => frame.functionName === 'getRequestOptionsFromParameters',
	],
];

function post(session, method, params) {
	return new Promise((resolve, reject) =>
		session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
	);
}

function categorize(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const rest = new Map();
	const totals = new Map([...CATEGORIES.map(([name]) => [name, 0]), ['rest', 0], ['idle', 0]]);
	profile.samples.forEach((id, i) => {
		const dt = profile.timeDeltas[i] ?? 0;
		const stack = [];
		for (let cur = id; cur !== undefined; cur = parent.get(cur))
			stack.push(byId.get(cur).callFrame);
		// The profiler's own work (handing the profile over) is not the node's.
		if (
			stack[0].functionName === '(idle)' ||
			stack.some((frame) => frame.url === 'node:inspector')
		) {
			totals.set('idle', totals.get('idle') + dt);
			return;
		}
		const hit = CATEGORIES.find(([, test]) => stack.some((frame, k) => test(frame, stack[k + 1])));
		const name = hit ? hit[0] : 'rest';
		totals.set(name, totals.get(name) + dt);
		if (!hit) {
			const file =
				stack.find((frame) => frame.url)?.url.replace(/.*node_modules\//, '') ??
				stack[0].functionName;
			const key = file.split('/').slice(0, 2).join('/');
			rest.set(key, (rest.get(key) ?? 0) + dt);
		}
	});
	return { totals, rest };
}

async function main() {
	registerTypeScript();
	const harness = require(path.join(__dirname, '..', 'test', 'harness', 'runNode.ts'));
	// The server runs in its own process, so its work is not sampled.
	const server = fork(__filename, ['--server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const port = await new Promise((resolve) => server.once('message', resolve));
	const credentials = harness.vocuCredentials(`http://127.0.0.1:${port}`);
	const items = Array.from({ length: ITEMS }, (_, i) => ({ json: { i } }));
	const run = async () => {
		const result = await harness.runVocu(
			{ resource: 'account', operation: 'get' },
			{ credentials, items },
		);
		if (result.items.length !== ITEMS) throw new Error(`got ${result.items.length} items`);
		return result.run.data.resultData.runData.Vocu[0].executionTime;
	};
	await run(); // warm-up: load and JIT the path
	const session = new inspector.Session();
	session.connect();
	await post(session, 'Profiler.enable');
	await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
	await post(session, 'Profiler.start');
	const times = [];
	for (let i = 0; i < RUNS; i++) times.push(await run());
	const { profile } = await post(session, 'Profiler.stop');
	session.disconnect();
	server.kill();
	const { totals, rest } = categorize(profile);
	const busy = [...totals].filter(([name]) => name !== 'idle').reduce((sum, [, us]) => sum + us, 0);
	const perItem = (us) => (us / 1000 / (RUNS * ITEMS)).toFixed(3);
	console.log(
		`\nAccount → Get, ${ITEMS} items × ${RUNS} runs through n8n-core's RoutingNode (harness); executionTime ${times.join(', ')} ms\n`,
	);
	console.log('| Where | CPU ms per item | Share of CPU |');
	console.log('|---|---|---|');
	for (const [name, us] of totals) {
		if (name === 'idle') continue;
		console.log(`| ${name} | ${perItem(us)} | ${((100 * us) / busy).toFixed(0)} % |`);
	}
	console.log(`| (idle: waiting for the server) | ${perItem(totals.get('idle'))} | — |`);
	const restTop = [...rest].sort((a, b) => b[1] - a[1]).slice(0, 6);
	console.log(
		`\nThe rest, by where the sampled code is: ${restTop.map(([k, us]) => `${k} ${perItem(us)}`).join(', ')} (ms per item)`,
	);
}

function serve() {
	const server = http.createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'application/json', 'content-length': BODY.length });
		res.end(BODY);
	});
	server.listen(0, '127.0.0.1', () => process.send(server.address().port));
}

if (process.argv[2] === '--server') serve();
else
	main()
		.then(() => process.exit(0))
		.catch((error) => {
			console.error(error);
			process.exit(1);
		});
