#!/usr/bin/env node
'use strict';
// Starts a local n8n with this package installed (run through `npm start`, which builds first).
//
//   npm start                      # n8n 2.x; no key: the credential points at the local Vocu sandbox, started here
//   VOCU_API_KEY=sk-… npm start    # the credential uses your key and Vocu's global region
//   npm start -- --n8n=1           # n8n 1.123.x instead (or VOCU_N8N_LINE=1)
//
// Environment: N8N_USER_FOLDER (default .n8n-local/user, .n8n-local/user-n8n1 for 1.x), N8N_PORT (5678),
// N8N_RUNNERS_BROKER_PORT (N8N_PORT + 1),
// N8N_LISTEN_ADDRESS (127.0.0.1: only this machine can open the editor), VOCU_N8N_CACHE (n8n install cache,
// default .n8n-local), SANDBOX_PORT (8787) and the other SANDBOX_* settings of sandbox/server.js.

const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const local = require('./n8n-local');
const { DEFAULT_API_KEY, SEED } = require('../sandbox/server');

const LINE = local.selectedLine();
const LOCAL_DIR = path.join(local.REPO, '.n8n-local');
// One user folder per line: n8n 2.x migrates the database, which 1.x then cannot open.
const USER_FOLDER = path.resolve(
	process.env.N8N_USER_FOLDER || path.join(LOCAL_DIR, LINE === 1 ? 'user-n8n1' : 'user'),
);
const N8N_PORT = Number(process.env.N8N_PORT || 5678);
// 2.x runs the Code node in a task runner whose broker listens on 5679 by default; follow N8N_PORT instead.
const BROKER_PORT = Number(process.env.N8N_RUNNERS_BROKER_PORT || N8N_PORT + 1);
const LISTEN_ADDRESS = process.env.N8N_LISTEN_ADDRESS || '127.0.0.1';
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT || 8787);
const CREDENTIAL = { id: 'vocuLocalCredent', name: 'Vocu account' };
/** What was imported into this user folder, so unchanged files are not imported (and overwritten) again. */
const IMPORTED_STATE = path.join(USER_FOLDER, 'vocu-imported.json');

const children = [];

function log(line = '') {
	console.log(line);
}

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, LISTEN_ADDRESS, () => server.close(() => resolve(true)));
	});
}

async function sandboxAt(url) {
	try {
		const response = await fetch(`${url}/__sandbox`, { signal: AbortSignal.timeout(1000) });
		return response.ok ? await response.json() : undefined;
	} catch {
		return undefined;
	}
}

/** Starts sandbox/server.js in the background (or reuses one already on SANDBOX_PORT); returns its API URL. */
async function ensureSandbox() {
	const url = `http://127.0.0.1:${SANDBOX_PORT}`;
	if (await sandboxAt(url)) {
		log(`Using the Vocu sandbox already running at ${url}`);
		return url;
	}
	if (!(await portIsFree(SANDBOX_PORT)) || !(await portIsFree(SANDBOX_PORT + 1))) {
		throw new Error(
			`Port ${SANDBOX_PORT} or ${SANDBOX_PORT + 1} is taken by something else; set SANDBOX_PORT to a free port`,
		);
	}
	const logFile = path.join(LOCAL_DIR, 'sandbox.log');
	fs.mkdirSync(LOCAL_DIR, { recursive: true });
	const out = fs.openSync(logFile, 'w');
	const child = spawn(
		process.execPath,
		[path.join(local.REPO, 'sandbox', 'server.js'), '--port', String(SANDBOX_PORT)],
		{
			stdio: ['ignore', out, out],
			env: process.env,
		},
	);
	children.push(child);
	for (let attempt = 0; attempt < 50; attempt += 1) {
		if (child.exitCode !== null) break;
		if (await sandboxAt(url)) {
			log(
				fs
					.readFileSync(logFile, 'utf8')
					.split('\n')
					.filter((line) => !line.startsWith('[vocu-sandbox]'))
					.join('\n')
					.trim(),
			);
			log(`  (sandbox log: ${path.relative(process.cwd(), logFile)})`);
			return url;
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(
		`The Vocu sandbox did not start; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8')}`,
	);
}

function readImported() {
	try {
		return JSON.parse(fs.readFileSync(IMPORTED_STATE, 'utf8'));
	} catch {
		return { credential: '', workflows: {} };
	}
}

const hash = (value) =>
	crypto
		.createHash('sha256')
		.update(typeof value === 'string' ? value : JSON.stringify(value))
		.digest('hex');

async function importCredential(n8n, env, credential, imported) {
	const digest = hash(credential);
	if (imported.credential === digest) return false;
	await local.importCredentials(n8n, env, USER_FOLDER, [credential]);
	imported.credential = digest;
	return true;
}

/**
 * Example workflows (examples/*.json), or else the end-to-end workflows. Those use the sandbox's voices, so with
 * a real key only the account one is imported.
 */
function workflowSources(realKey) {
	const examples = path.join(local.REPO, 'examples');
	const e2e = path.join(local.REPO, 'test', 'e2e', 'workflows');
	for (const dir of [examples, e2e]) {
		let files = fs.existsSync(dir)
			? fs
					.readdirSync(dir)
					.filter((name) => name.endsWith('.json'))
					.sort()
			: [];
		if (dir === e2e && realKey) files = files.filter((name) => name === 'account-get.json');
		if (files.length) return { dir, files: files.map((name) => path.join(dir, name)) };
	}
	return { dir: undefined, files: [] };
}

/**
 * Imports new or changed workflows. Against the sandbox they are filled in so they run as imported (its voice, its
 * share ID); with a real key they are imported as shipped and the user picks a voice. The mode is part of the hash.
 */
async function importWorkflows(n8n, env, imported, realKey) {
	const { dir, files } = workflowSources(realKey);
	const digest = (file) =>
		hash(`${realKey ? 'real' : 'sandbox'}\n${fs.readFileSync(file, 'utf8')}`);
	const changed = files.filter(
		(file) => imported.workflows[path.relative(local.REPO, file)] !== digest(file),
	);
	if (!changed.length) return { dir, count: files.length, importedNow: 0 };
	const outDir = path.join(USER_FOLDER, 'import', 'workflows');
	fs.rmSync(outDir, { recursive: true, force: true });
	local.prepareWorkflows(
		changed,
		outDir,
		CREDENTIAL,
		realKey ? undefined : (workflow) => local.fillForSandbox(workflow, SEED),
	);
	const result = await local.n8nCli(n8n, env, [
		'import:workflow',
		'--separate',
		`--input=${outDir}`,
	]);
	if (result.code !== 0)
		throw new Error(`n8n import:workflow failed:\n${result.stdout}\n${result.stderr}`);
	for (const file of changed) imported.workflows[path.relative(local.REPO, file)] = digest(file);
	return { dir, count: files.length, importedNow: changed.length };
}

function stopChildren() {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

/** Both ports n8n 2.x opens, checked before the (long) first install rather than when n8n exits on them. */
async function checkPorts() {
	if (!(await portIsFree(N8N_PORT))) {
		throw new Error(
			`Port ${N8N_PORT} is in use (is n8n already running?). Stop it, or set N8N_PORT to another port.`,
		);
	}
	if (LINE !== 1 && !(await portIsFree(BROKER_PORT))) {
		throw new Error(
			`Port ${BROKER_PORT} (n8n's task broker, which n8n 2.x always starts) is in use, often by another n8n. ` +
				`Stop it, or pick two free ports: N8N_PORT=5680 N8N_RUNNERS_BROKER_PORT=5681 npm start`,
		);
	}
}

async function main() {
	await checkPorts();
	const started = Date.now();
	const n8n = await local.ensureN8n(LINE, log);
	log(
		`n8n ${n8n.version} ${n8n.installedNow ? `installed in ${Math.round(n8n.seconds)} s` : 'ready (cached)'}: ${n8n.dir}`,
	);

	const tarball = await local.packPackage(path.join(LOCAL_DIR, 'pack'));
	const installed = await local.installPackage(USER_FOLDER, tarball, n8n);
	log(
		`Installed ${local.PACKAGE_NAME}@${installed.version} into ${path.join(USER_FOLDER, '.n8n', 'nodes')}`,
	);

	const apiKey = (process.env.VOCU_API_KEY ?? '').trim();
	let credential;
	if (apiKey) {
		credential = local.vocuCredential({ ...CREDENTIAL, apiKey });
		log('Credential "Vocu account": your VOCU_API_KEY, region Global (v1.vocu.ai)');
	} else {
		const sandboxUrl = await ensureSandbox();
		credential = local.vocuCredential({
			...CREDENTIAL,
			apiKey: process.env.SANDBOX_API_KEY || DEFAULT_API_KEY,
			baseUrl: sandboxUrl,
		});
		log(
			`Credential "Vocu account": the local Vocu sandbox at ${sandboxUrl} (set VOCU_API_KEY to use your real key)`,
		);
	}

	// The examples save MP3s with a Read/Write Files node: create their folder and let n8n write there (2.x
	// restricts file access to ~/.n8n-files unless told otherwise).
	fs.mkdirSync(local.EXAMPLE_OUTPUT_DIR, { recursive: true });
	const env = local.n8nEnv(n8n, USER_FOLDER, {
		N8N_PORT: String(N8N_PORT),
		N8N_LISTEN_ADDRESS: LISTEN_ADDRESS,
		N8N_RUNNERS_BROKER_PORT: String(BROKER_PORT),
		N8N_RESTRICT_FILE_ACCESS_TO:
			process.env.N8N_RESTRICT_FILE_ACCESS_TO || local.EXAMPLE_OUTPUT_DIR,
	});
	const imported = readImported();
	await importCredential(n8n, env, credential, imported);
	const workflows = await importWorkflows(n8n, env, imported, Boolean(apiKey));
	local.writeJson(IMPORTED_STATE, imported);
	if (workflows.dir) {
		log(
			`Workflows from ${path.relative(local.REPO, workflows.dir)}/: ${workflows.count} (${workflows.importedNow} imported now; unchanged files are not re-imported)`,
		);
	}

	const host =
		LISTEN_ADDRESS === '127.0.0.1' || LISTEN_ADDRESS === '::' || LISTEN_ADDRESS === '0.0.0.0'
			? 'localhost'
			: LISTEN_ADDRESS;
	log(
		`\nReady in ${Math.round((Date.now() - started) / 1000)} s. Starting n8n ${n8n.version}: open http://${host}:${N8N_PORT}`,
	);
	log('  First visit: n8n asks you to create a local owner account (stays on this machine).');
	log(
		'  Then open a Vocu workflow under Overview, or add the "Vocu" node to a new workflow. Ctrl+C stops everything.\n',
	);
	const n8nProcess = spawn(n8n.nodeBin, [n8n.n8nBin, 'start'], { stdio: 'inherit', env });
	children.push(n8nProcess);
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopChildren());
	n8nProcess.on('exit', (code) => {
		stopChildren();
		process.exit(code ?? 0);
	});
}

main().catch((error) => {
	stopChildren();
	console.error(`\nnpm start failed: ${error.message}`);
	process.exit(1);
});
