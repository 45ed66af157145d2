#!/usr/bin/env node
'use strict';
// Runs this package in n8n queue mode for real: one main and one worker over Redis, Postgres as the database, a
// production webhook that runs Vocu → Speech → Generate against the local sandbox. Checks (printed, exit 1 on a
// failed check): the worker, not main, ran the execution; where the MP3 was stored (binary-data mode); what the
// Max Concurrent Generations window covers; what happens when a worker lacks the package. Not part of CI: it
// needs a Redis and a Postgres (Debian: apt-get install redis-server postgresql), given by
//   QUEUE_REDIS=127.0.0.1:6390  QUEUE_PG=127.0.0.1:5440  (user postgres, trust auth; a database is created)
//   node scripts/queue-mode.js [--n8n=1|2]      # needs a built dist/ (npm run build)

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const local = require('./n8n-local');
const { createSandbox, SEED } = require('../sandbox/server');

const line = Number(
	(process.argv.find((arg) => arg.startsWith('--n8n=')) ?? '--n8n=2').split('=')[1],
);
const [redisHost, redisPort] = (process.env.QUEUE_REDIS ?? '127.0.0.1:6390').split(':');
const [pgHost, pgPort] = (process.env.QUEUE_PG ?? '127.0.0.1:5440').split(':');
const MAIN_PORT = 5791;
const CREDENTIAL = { id: 'vocuQueueCred01', name: 'Vocu account' };
const results = [];
const check = (ok, what, detail = '') => {
	results.push(ok);
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
};
const psql = (db, sql) =>
	local.run('psql', ['-h', pgHost, '-p', pgPort, '-U', 'postgres', '-d', db, '-tAc', sql]);

/** Counts requests in flight to the sandbox's synchronous generation endpoint (the window the node keeps). */
function countingProxy(target) {
	const stats = { inFlight: 0, max: 0, total: 0 };
	const server = http.createServer((req, res) => {
		const counted = req.url.startsWith('/api/tts/simple-generate');
		if (counted) {
			stats.total += 1;
			stats.max = Math.max(stats.max, ++stats.inFlight);
		}
		const upstream = http.request(
			new URL(req.url, target),
			{ method: req.method, headers: req.headers },
			(answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
				answer.on('end', () => counted && (stats.inFlight -= 1));
			},
		);
		req.pipe(upstream);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, stats, url: `http://127.0.0.1:${server.address().port}` }),
		),
	);
}

function workflow(maxConcurrent) {
	const vocu = {
		id: 'q-vocu',
		name: 'Generate Speech',
		type: `${local.PACKAGE_NAME}.vocu`,
		typeVersion: 1,
		position: [480, 0],
		parameters: {
			resource: 'speech',
			operation: 'generate',
			styleId: 'default',
			text: '={{ $json.text }}',
			voiceId: { __rl: true, mode: 'id', value: SEED.readyVoiceId },
			options: { maxConcurrent },
		},
		credentials: { vocuApi: CREDENTIAL },
	};
	return {
		id: 'vocuQueueWf0001',
		name: 'Vocu queue-mode check',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'q-hook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'b3c1d2e4-0000-4000-8000-00000000q001',
				parameters: {
					httpMethod: 'POST',
					path: 'vocu-queue',
					responseMode: 'lastNode',
					responseData: 'allEntries',
				},
			},
			{
				id: 'q-split',
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [240, 0],
				parameters: { fieldToSplitOut: 'body.texts' },
			},
			vocu,
		],
		connections: {
			Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
			'Split Out': { main: [[{ node: 'Generate Speech', type: 'main', index: 0 }]] },
		},
	};
}

function startProcess(n8n, env, args, logFile) {
	const out = fs.openSync(logFile, 'w');
	const child = spawn(n8n.nodeBin, [n8n.n8nBin, ...args], { env, stdio: ['ignore', out, out] });
	return child;
}

async function waitFor(what, probe, timeoutMs = 120_000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (await probe().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`timed out waiting for ${what}`);
}

const logHas = (file, pattern) => async () => pattern.test(fs.readFileSync(file, 'utf8'));
const WORKER_READY = /worker .*ready|Worker started|is now ready/i;

function stop(child) {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null) return resolve();
		child.once('exit', resolve);
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
	});
}

async function post(texts) {
	const response = await fetch(`http://127.0.0.1:${MAIN_PORT}/webhook/vocu-queue`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ texts: texts.map((text) => ({ text })) }),
	});
	return { status: response.status, body: await response.text() };
}

async function main() {
	const n8n = await local.ensureN8n(line, console.log);
	console.log(
		`n8n ${n8n.version} in queue mode (Redis ${redisHost}:${redisPort}, Postgres ${pgHost}:${pgPort})`,
	);
	const sandbox = createSandbox({
		port: 0,
		quiet: true,
		faults: [],
		timings: { syncDelayMs: 700 },
	});
	const { apiUrl } = await sandbox.start();
	const proxy = await countingProxy(apiUrl);
	const root = fs.mkdtempSync(path.join(os.tmpdir(), `vocu-queue-${line}-`));
	const db = `vocu_queue_${line}_${Date.now()}`;
	await local.mustRun('psql', [
		'-h',
		pgHost,
		'-p',
		pgPort,
		'-U',
		'postgres',
		'-c',
		`create database ${db}`,
	]);
	const shared = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redisHost,
		QUEUE_BULL_REDIS_PORT: redisPort,
		QUEUE_BULL_PREFIX: db,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pgHost,
		DB_POSTGRESDB_PORT: pgPort,
		DB_POSTGRESDB_DATABASE: db,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		N8N_PORT: String(MAIN_PORT),
		N8N_LOG_LEVEL: 'debug',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
	const folder = (name) => path.join(root, name);
	const envFor = (name, extra) => local.n8nEnv(n8n, folder(name), { ...shared, ...extra });
	const mainEnv = envFor('main', { N8N_RUNNERS_BROKER_PORT: '5792' });
	const tarball = await local.packPackage(path.join(root, 'pack'));
	await local.installPackage(folder('main'), tarball);
	await local.installPackage(folder('worker'), tarball);
	fs.mkdirSync(path.join(folder('bare'), '.n8n'), { recursive: true });

	local.writeJson(path.join(root, 'creds.json'), [
		local.vocuCredential({ ...CREDENTIAL, apiKey: sandbox.options.apiKey, baseUrl: proxy.url }),
	]);
	local.writeJson(path.join(root, 'wf.json'), workflow(1));
	for (const args of [
		['import:credentials', `--input=${root}/creds.json`],
		['import:workflow', `--input=${root}/wf.json`],
		line === 1
			? ['update:workflow', '--id=vocuQueueWf0001', '--active=true']
			: ['publish:workflow', '--id=vocuQueueWf0001'],
	]) {
		const result = await local.n8nCli(n8n, mainEnv, args);
		if (result.code !== 0)
			throw new Error(`n8n ${args[0]} failed:\n${result.stdout}${result.stderr}`);
	}
	const children = [];
	try {
		children.push(startProcess(n8n, mainEnv, ['start'], folder('main.log')));
		await waitFor('main', async () => (await fetch(`http://127.0.0.1:${MAIN_PORT}/healthz`)).ok);
		const workerLog = folder('worker.log');
		children.push(
			startProcess(
				n8n,
				envFor('worker', { N8N_RUNNERS_BROKER_PORT: '5793' }),
				['worker', '--concurrency=5'],
				workerLog,
			),
		);
		await waitFor('worker', logHas(workerLog, WORKER_READY));

		const one = await post(['Queue mode, first item.', 'Second item.', 'Third item.']);
		const items = one.status === 200 ? JSON.parse(one.body) : [];
		check(
			one.status === 200 && items.length === 3 && items.every((item) => item.creditUsed > 0),
			'webhook on main → worker ran Vocu Speech → Generate for 3 items',
			`HTTP ${one.status}`,
		);
		const ran =
			fs
				.readFileSync(workerLog, 'utf8')
				.match(
					/Worker (started|finished) execution|started execution|Execution \d+ .*(started|finished)/gi,
				) ?? [];
		check(ran.length > 0, 'the worker log shows it ran the execution', ran.slice(0, 2).join('; '));
		check(
			!/Running node "Generate Speech"/.test(fs.readFileSync(folder('main.log'), 'utf8')),
			'main did not run the Vocu node itself',
		);
		check(
			proxy.stats.max === 1,
			'Max Concurrent Generations = 1 holds within one execution',
			`max in flight ${proxy.stats.max}`,
		);

		const binaryRows = (await psql(db, 'select count(*) from binary_data')).stdout.trim();
		const execData = (
			await psql(db, 'select data from execution_data order by "executionId" desc limit 1')
		).stdout;
		// Execution data is saved in flatted form: a stored file appears as its ID string ("database:…",
		// "filesystem-v2:…"); in the default mode the base64 MP3 itself is in the row.
		const mode = /"database:/.test(execData)
			? 'database'
			: /"filesystem(-v2)?:/.test(execData)
				? 'filesystem'
				: /"audio\/mpeg"/.test(execData) && /"[A-Za-z0-9+/]{1000,}={0,2}"/.test(execData)
					? 'default (base64 in the execution data)'
					: 'unknown';
		console.log(
			`     binary data: mode seen in the saved execution = ${mode}; binary_data rows = ${binaryRows || 'no table'}`,
		);
		check(
			mode === (line === 1 ? 'default (base64 in the execution data)' : 'database'),
			`n8n ${line}.x stores the MP3 as expected in queue mode`,
			mode,
		);

		proxy.stats.max = 0;
		const both = await Promise.all([
			post(['Parallel A1.', 'Parallel A2.']),
			post(['Parallel B1.', 'Parallel B2.']),
		]);
		check(
			both.every((r) => r.status === 200) && proxy.stats.max === 2,
			'two executions on one worker: each keeps its own window (1 + 1 in flight)',
			`max in flight ${proxy.stats.max}`,
		);

		await stop(children.pop());
		const bareLog = folder('bare.log');
		children.push(
			startProcess(n8n, envFor('bare', { N8N_RUNNERS_BROKER_PORT: '5794' }), ['worker'], bareLog),
		);
		await waitFor('package-less worker', logHas(bareLog, WORKER_READY));
		const bare = await post(['Worker without the package.']);
		const reason = (fs.readFileSync(bareLog, 'utf8').match(/Unrecognized node type[^\n"]*/i) ?? [
			'',
		])[0];
		check(
			bare.status !== 200 && /Unrecognized node type/.test(reason),
			'a worker without the package cannot run the workflow',
			`HTTP ${bare.status}; worker: ${reason}`,
		);

		await stop(children.pop());
		await stop(children.shift());
		const bareMainLog = folder('bare-main.log');
		children.push(
			startProcess(
				n8n,
				envFor('bare-main', { N8N_RUNNERS_BROKER_PORT: '5795' }),
				['start'],
				bareMainLog,
			),
		);
		await waitFor(
			'package-less main',
			async () => (await fetch(`http://127.0.0.1:${MAIN_PORT}/healthz`)).ok,
		);
		children.push(
			startProcess(
				n8n,
				envFor('worker', { N8N_RUNNERS_BROKER_PORT: '5793' }),
				['worker'],
				folder('worker2.log'),
			),
		);
		await waitFor('worker', logHas(folder('worker2.log'), WORKER_READY));
		await new Promise((resolve) => setTimeout(resolve, 3000));
		const noMain = await post(['Main without the package.']);
		const mainReason = (fs
			.readFileSync(bareMainLog, 'utf8')
			.match(/Unrecognized node type[^\n"]*|Cannot (read|find)[^\n"]*/i) ?? [
			'no matching log line',
		])[0];
		check(
			noMain.status !== 200,
			'main without the package (worker has it): the webhook workflow does not run',
			`HTTP ${noMain.status}; main: ${mainReason}; body: ${noMain.body.slice(0, 160)}`,
		);
	} finally {
		for (const child of children) child.kill('SIGTERM');
		proxy.server.close();
		await sandbox.stop?.();
		console.log(`logs: ${root}/*.log`);
	}
	process.exitCode = results.every(Boolean) ? 0 : 1;
	setTimeout(() => process.exit(process.exitCode), 2000).unref();
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
