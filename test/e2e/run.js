#!/usr/bin/env node
'use strict';
// End-to-end tests in real n8n: installs the packed package into a fresh n8n user folder, imports a Vocu
// credential pointing at the sandbox (sandbox/server.js, started in this process) and the workflows in
// test/e2e/workflows, runs each with `n8n execute --id=… --rawOutput` and checks its output (test/e2e/cases.js).
//
//   npm run test:e2e                 # n8n 1.123.81 on Node 22 from the npm registry (builds first)
//   npm run test:e2e:n8n2            # n8n 2.41.1 on Node 24 from the npm registry
//   node test/e2e/run.js [--n8n=1|2] [--only=speech] [--strict] [--keep]
//
//   --strict   a skipped case (operation not in the built node yet) counts as a failure (also E2E_STRICT=1)
//   --keep     keep the temporary n8n user folder for inspection
// The n8n install is cached in $VOCU_N8N_CACHE (default .n8n-local/); the first run installs it (minutes).

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const local = require('../../scripts/n8n-local');
const { createSandbox } = require('../../sandbox/server');
const { cases } = require('./cases');
const { runTriggerCase } = require('./trigger');
const { runAgentCases } = require('./agent');

const WORKFLOWS = path.join(__dirname, 'workflows');
const CREDENTIAL = { id: 'vocuE2eCredential', name: 'Vocu account' };
const EXECUTE_TIMEOUT_MS = 180_000;

function parseArgs(argv) {
	const args = { line: 1, only: undefined, strict: process.env.E2E_STRICT === '1', keep: false };
	for (const arg of argv) {
		if (arg.startsWith('--n8n=')) args.line = Number(arg.slice('--n8n='.length));
		else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length);
		else if (arg === '--strict') args.strict = true;
		else if (arg === '--keep') args.keep = true;
		else throw new Error(`Unknown argument ${arg}`);
	}
	return args;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => console.log(line);

/** The node description as built in dist/ (the same files the packed tarball holds). */
function builtDescription() {
	const { Vocu } = require(path.join(local.REPO, 'dist', 'nodes', 'Vocu', 'Vocu.node.js'));
	return new Vocu().description;
}

function shows(property, key, value) {
	const show = property.displayOptions?.show?.[key];
	return !show || show.includes(value);
}

/**
 * Why a workflow cannot run against this build: `{ skip }` when one of its Vocu operations is not in the node
 * yet, `{ fail }` when it sets a parameter the node does not have for that operation (a stale workflow).
 */
function checkAgainstNode(workflow, description) {
	const resources =
		description.properties.find((property) => property.name === 'resource')?.options ?? [];
	for (const node of workflow.nodes.filter((item) => item.type === `${local.PACKAGE_NAME}.vocu`)) {
		const { resource, operation, ...parameters } = node.parameters;
		const operationProperty = description.properties.find(
			(property) => property.name === 'operation' && shows(property, 'resource', resource),
		);
		const resourceName = resources.find((option) => option.value === resource)?.name ?? resource;
		const option = operationProperty?.options?.find((item) => item.value === operation);
		if (!option) return { skip: `${resourceName} → ${operation} is not in the built node yet` };
		const known = description.properties.filter(
			(property) =>
				shows(property, 'resource', resource) && shows(property, 'operation', operation),
		);
		const unknown = Object.keys(parameters).filter(
			(name) => !known.some((property) => property.name === name),
		);
		if (unknown.length) {
			return {
				fail: `workflow sets parameter(s) ${unknown.join(', ')} that ${resourceName} → ${option.name} does not have (update test/e2e/workflows)`,
			};
		}
	}
	return {};
}

/**
 * Bytes of an output binary: inline base64 (n8n 1.x default binary mode) or a file of the filesystem mode
 * (n8n 2.x default), stored under .n8n/binaryData (1.x) or .n8n/storage (2.x).
 */
function binaryBytesReader(userFolder) {
	return (binary) => {
		if (binary.id && /^filesystem(-v2)?:/.test(binary.id)) {
			const relative = binary.id.replace(/^filesystem(-v2)?:/, '');
			const candidates = ['binaryData', 'storage'].map((dir) =>
				path.join(userFolder, '.n8n', dir, relative),
			);
			const file = candidates.find((candidate) => fs.existsSync(candidate));
			if (!file) throw new Error(`binary ${binary.id} is in none of ${candidates.join(', ')}`);
			return fs.readFileSync(file);
		}
		return Buffer.from(binary.data ?? '', 'base64');
	};
}

function outputReader(execution) {
	return (nodeName) => {
		const runs = execution?.data?.resultData?.runData?.[nodeName];
		if (!runs?.length) throw new Error(`node "${nodeName}" did not run`);
		return runs[runs.length - 1].data?.main?.[0] ?? [];
	};
}

/**
 * `n8n execute --id --rawOutput`, returning the parsed execution. n8n 1.123 sometimes crashes (SIGSEGV) while
 * shutting down after it printed a complete result; such a result is used (with a note), and a crash before any
 * result is retried once. A failed execution throws its error message.
 */
async function executeWorkflow(n8n, env, id) {
	let note;
	for (let attempt = 1; attempt <= 2; attempt += 1) {
		const result = await local.n8nCli(n8n, env, ['execute', `--id=${id}`, '--rawOutput'], {
			timeoutMs: EXECUTE_TIMEOUT_MS,
		});
		const execution = local.parseRawOutput(result.stdout);
		const exit = `exit ${result.code}${result.signal ? ` (${result.signal})` : ''}`;
		const error = execution?.data?.resultData?.error;
		if (error) {
			const node = execution.data.resultData.lastNodeExecuted;
			throw new Error(
				`the workflow failed in node "${node}": ${error.message}${error.description ? `\n    ${error.description}` : ''}`,
			);
		}
		if (execution?.finished && execution.status === 'success') {
			if (result.code !== 0)
				note = `n8n printed a complete, successful result and then ended with ${exit} (n8n shutdown issue, not the node)`;
			return { execution, note };
		}
		if (!result.signal || attempt === 2) {
			throw new Error(
				`n8n execute gave no successful result (${exit}):\n${tail(`${result.stdout}\n${result.stderr}`)}`,
			);
		}
		log(`    note: n8n execute crashed (${exit}) before printing a result; running it once more`);
	}
	throw new Error('unreachable');
}

function tail(text, lines = 15) {
	return String(text ?? '')
		.trim()
		.split('\n')
		.slice(-lines)
		.join('\n');
}

function printResult(result) {
	const label = { pass: '  PASS', fail: '  FAIL', skip: '  SKIP' }[result.outcome];
	log(
		`${label}  ${result.title}${result.ms !== undefined ? ` (${seconds(result.ms)})` : ''}${result.reason ? `\n    ${result.reason}` : ''}`,
	);
	if (result.note) log(`    note: ${result.note}`);
}

/** Sorts the selected cases into runnable ones and results for those that cannot run against this build. */
function triage(selected, description) {
	const runnable = [];
	const results = [];
	for (const item of selected) {
		const workflow = JSON.parse(fs.readFileSync(path.join(WORKFLOWS, item.workflow), 'utf8'));
		const verdict = checkAgainstNode(workflow, description);
		if (verdict.skip) results.push({ title: item.title, outcome: 'skip', reason: verdict.skip });
		else if (verdict.fail)
			results.push({ title: item.title, outcome: 'fail', reason: verdict.fail });
		else runnable.push(item);
	}
	return { runnable, results };
}

/** Packs and installs the package, imports the sandbox credential and the workflows; returns their n8n IDs. */
async function prepareUserFolder(n8n, env, userFolder, sandbox, runnable) {
	const tarball = await local.packPackage(path.join(userFolder, 'pack'));
	const installed = await local.installPackage(userFolder, tarball);
	log(
		`  packed and installed ${local.PACKAGE_NAME}@${installed.version} into ${path.join(userFolder, '.n8n', 'nodes')}`,
	);
	const credential = local.vocuCredential({
		...CREDENTIAL,
		apiKey: sandbox.options.apiKey,
		baseUrl: sandbox.info().apiUrl,
	});
	await local.importCredentials(n8n, env, userFolder, [credential]);
	const workflowsDir = path.join(userFolder, 'import', 'workflows');
	const workflows = local.prepareWorkflows(
		runnable.map((item) => path.join(WORKFLOWS, item.workflow)),
		workflowsDir,
		CREDENTIAL,
	);
	if (workflows.length) {
		const workflowImport = await local.n8nCli(n8n, env, [
			'import:workflow',
			'--separate',
			`--input=${workflowsDir}`,
		]);
		if (workflowImport.code !== 0)
			throw new Error(
				`import:workflow failed:\n${tail(workflowImport.stdout + workflowImport.stderr)}`,
			);
	}
	return workflows.map((workflow) => workflow.id);
}

/** Runs one case's workflow and checks it; the failure reason lists what the sandbox received. */
async function runCase(item, workflowId, { n8n, env, sandbox, userFolder }) {
	const started = Date.now();
	const firstRequest = sandbox.requests.length;
	sandbox.faults.clear();
	let note;
	try {
		if (item.before) await item.before({ sandbox });
		const result = await executeWorkflow(n8n, env, workflowId);
		note = result.note;
		const during = sandbox.requests.slice(firstRequest);
		await item.check({
			execution: result.execution,
			sandbox,
			storageUrl: sandbox.info().storageUrl,
			startedAt: started,
			output: outputReader(result.execution),
			binaryBytes: binaryBytesReader(userFolder),
			apiRequests: () => during.filter((entry) => entry.origin !== 'storage'),
			storageRequests: () => during.filter((entry) => entry.origin === 'storage'),
		});
		return { title: item.title, outcome: 'pass', ms: Date.now() - started, note };
	} catch (error) {
		const seen = sandbox.requests
			.slice(firstRequest)
			.map(
				(entry) =>
					`      ${entry.origin ?? 'api'} ${entry.method} ${entry.path}${entry.query ?? ''} → ${entry.status}${entry.code ? ` ${entry.code}` : ''}`,
			);
		const reason = `${error.message}${seen.length ? `\n    sandbox saw:\n${seen.join('\n')}` : ''}`;
		return { title: item.title, outcome: 'fail', ms: Date.now() - started, reason, note };
	}
}

/** Across every run: the API key never reached the storage origin. */
function storageSecurityResult(sandbox) {
	const downloads = sandbox.requests.filter((entry) => entry.origin === 'storage').length;
	const title = `No Authorization header reached storage (${downloads} download(s) checked)`;
	if (!downloads) return { title, outcome: 'skip', reason: 'no workflow downloaded audio' };
	const leaked = sandbox.counters.storageAuthRejected;
	return leaked
		? { title, outcome: 'fail', reason: `${leaked} storage request(s) carried Authorization` }
		: { title, outcome: 'pass' };
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	log(`Vocu e2e: preparing n8n line ${args.line}.x`);
	const n8n = await local.ensureN8n(args.line, log);
	log(
		`  n8n ${n8n.version} ${n8n.installedNow ? `installed in ${seconds(n8n.seconds * 1000)}` : 'from cache'} (${n8n.dir})`,
	);

	const sandbox = createSandbox({
		port: 0,
		quiet: true,
		faults: [],
		timings: {
			voiceReadyMs: 500,
			loraReadyMs: 1000,
			taskPendingMs: 300,
			taskProcessingMs: 1200,
			syncDelayMs: 50,
		},
	});
	const { apiUrl, storageUrl } = await sandbox.start();
	log(`  Vocu sandbox at ${apiUrl} (storage ${storageUrl})`);

	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-e2e-'));
	const env = local.n8nEnv(n8n, userFolder, {
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		// n8n 2.x starts a task broker (Code node) on 5679 by default: use a free port so a running n8n does not clash.
		N8N_RUNNERS_BROKER_PORT: String(await local.freePort()),
	});
	const only = args.only?.toLowerCase();
	const selected = cases.filter(
		(item) => !only || item.workflow.includes(only) || item.title.toLowerCase().includes(only),
	);
	const { runnable, results } = triage(selected, builtDescription());
	try {
		const prepared = Date.now();
		const workflowIds = await prepareUserFolder(n8n, env, userFolder, sandbox, runnable);
		log(
			`  imported 1 credential and ${workflowIds.length} workflow(s) in ${seconds(Date.now() - prepared)}\n`,
		);
		for (const [index, item] of runnable.entries()) {
			const result = await runCase(item, workflowIds[index], { n8n, env, sandbox, userFolder });
			printResult(result);
			results.push(result);
		}
		const security = storageSecurityResult(sandbox);
		printResult(security);
		results.push({ ...security, printed: true });
		// The Vocu Trigger case runs `n8n start` with its own sandbox and user folder (test/e2e/trigger.js).
		if (!only || 'vocu trigger'.includes(only)) {
			const trigger = await runTriggerCase(args.line, () => {});
			printResult(trigger);
			results.push({ ...trigger, printed: true });
		}
		// The AI Agent cases run with their own sandbox, fake chat model and user folder (test/e2e/agent.js).
		if (!only || 'ai agent tool'.includes(only)) {
			for (const result of await runAgentCases(args.line, () => {})) {
				printResult(result);
				results.push({ ...result, printed: true });
			}
		}
	} finally {
		await sandbox.stop();
		if (args.keep) log(`\n  kept the n8n user folder ${userFolder}`);
		else fs.rmSync(userFolder, { recursive: true, force: true });
	}

	for (const result of results.filter((item) => item.ms === undefined && !item.printed))
		printResult(result);
	const count = (outcome) => results.filter((result) => result.outcome === outcome).length;
	const skipped = count('skip');
	const failed = count('fail') + (args.strict ? skipped : 0);
	log(
		`\nn8n ${n8n.version}, total ${seconds(Date.now() - started)}${n8n.installedNow ? ` (incl. n8n install ${seconds(n8n.seconds * 1000)})` : ''}`,
	);
	log(
		`${count('pass')} passed, ${failed} failed, ${skipped} skipped${args.strict && skipped ? ' (--strict: skips count as failures)' : ''}`,
	);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(`\nVocu e2e could not run: ${error.stack ?? error.message}`);
	console.log('0 passed, 1 failed');
	process.exitCode = 1;
});
