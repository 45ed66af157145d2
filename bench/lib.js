'use strict';
// Shared plumbing for the benchmarks that run workflows in a real n8n (dev tooling; not shipped).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const local = require('../scripts/n8n-local');

const API_KEY = 'sk-bench0000000000000000000000000000';

/** Installs (once) the pinned n8n 1.x, packs this package into a fresh user folder, imports the credential. */
async function prepareN8n(baseUrl) {
	// BENCH_N8N=2 runs the benchmark in the pinned n8n 2.x instead of 1.x.
	const n8n = await local.ensureN8n(Number(process.env.BENCH_N8N || 1), (line) =>
		console.error(line),
	);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-bench-'));
	const tarball = await local.packPackage(path.join(work, 'pack'));
	await local.installPackage(work, tarball);
	// Its own task-broker port, so two benchmarks (or an e2e run) can run n8n at the same time.
	const env = local.n8nEnv(n8n, work, {
		N8N_ENCRYPTION_KEY: 'vocu-bench-key',
		N8N_RUNNERS_BROKER_PORT: String(await local.freePort()),
	});
	const credential = local.vocuCredential({
		id: 'vocuBenchCred01',
		name: 'Vocu bench',
		apiKey: API_KEY,
		baseUrl,
	});
	const credentialFile = path.join(work, 'credentials.json');
	local.writeJson(credentialFile, [credential]);
	await local.mustRun(
		n8n.nodeBin,
		[n8n.n8nBin, 'import:credentials', `--input=${credentialFile}`],
		{ env },
	);
	return { n8n, env, work, credential };
}

/** Imports a workflow and runs it once with `n8n execute`; returns the parsed run data. */
async function runWorkflow({ n8n, env, work }, workflow) {
	const file = path.join(work, `${workflow.id}.json`);
	local.writeJson(file, workflow);
	await local.mustRun(n8n.nodeBin, [n8n.n8nBin, 'import:workflow', `--input=${file}`], { env });
	// A file, not a pipe: n8n exits right after printing, and a pipe would drop the tail of a large run.
	const outFile = path.join(work, `${workflow.id}.out.json`);
	const fd = fs.openSync(outFile, 'w');
	const child = spawn(n8n.nodeBin, [n8n.n8nBin, 'execute', `--id=${workflow.id}`, '--rawOutput'], {
		env,
		stdio: ['ignore', fd, 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
	fs.closeSync(fd);
	const result = { status, stderr };
	const output = local.parseRawOutput(fs.readFileSync(outFile, 'utf8'));
	if (!output)
		throw new Error(
			`n8n execute printed no run data (exit ${result.status}):\n${String(result.stderr).slice(-2000)}`,
		);
	return output;
}

/** Node factory for workflow JSON. */
function node(name, type, typeVersion, parameters, x, extra = {}) {
	return {
		id: `${name}-id`.replace(/\W/g, ''),
		name,
		type,
		typeVersion,
		position: [x, 0],
		parameters,
		...extra,
	};
}

function chain(names) {
	const connections = {};
	for (let i = 0; i < names.length - 1; i++) {
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	}
	return connections;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A deterministic random source, so every run sees the same latencies. */
function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

module.exports = { API_KEY, prepareN8n, runWorkflow, node, chain, median, seeded };
