'use strict';
// Vocu Trigger in real n8n: `n8n start` with an active workflow (Vocu Trigger, Task Finished, Attach Audio →
// Write Files) against the sandbox. n8n polls once when it activates the workflow (the trigger only takes note
// then), then at every full minute; tasks created after activation must each land on disk exactly once, the
// sandbox's seeded (older) tasks never. Takes one to two minutes, most of it waiting for the minute poll.
//
//   node test/e2e/trigger.js [--n8n=1|2]      (also run by test/e2e/run.js unless --only is given)

const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const local = require('../../scripts/n8n-local');
const { createSandbox, SEED } = require('../../sandbox/server');

const CREDENTIAL = { id: 'vocuTriggerE2eCred', name: 'Vocu account' };
const WAIT_MS = 150_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
	return new Promise((resolve) => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function workflow(outDir) {
	return {
		id: 'vocuTriggerE2e01',
		name: 'Vocu Trigger e2e',
		active: true,
		nodes: [
			{
				id: 'a1',
				name: 'Vocu Trigger',
				type: `${local.PACKAGE_NAME}.vocuTrigger`,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'taskFinished',
					taskStatuses: ['generated'],
					attachAudio: true,
					binaryPropertyOutput: 'data',
				},
				credentials: { vocuApi: CREDENTIAL },
			},
			{
				id: 'a2',
				name: 'Save MP3',
				type: 'n8n-nodes-base.readWriteFile',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					operation: 'write',
					fileName: `=${outDir}/task-{{ $json.id }}.mp3`,
					dataPropertyName: 'data',
					options: {},
				},
			},
		],
		connections: { 'Vocu Trigger': { main: [[{ node: 'Save MP3', type: 'main', index: 0 }]] } },
		settings: {},
	};
}

async function until(check, timeoutMs, what) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await sleep(500);
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** Runs the case; returns a result as test/e2e/run.js prints it: `{ outcome, title, ms?, note?, reason? }`. */
async function runTriggerCase(line, log = console.log) {
	const title =
		'Vocu Trigger: activated workflow (n8n start) emits each task finished after activation once';
	const started = Date.now();
	const n8n = await local.ensureN8n(line, log);
	const sandbox = createSandbox({
		port: 0,
		quiet: true,
		timings: { taskPendingMs: 300, taskProcessingMs: 1200 },
	});
	const { apiUrl } = await sandbox.start();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-e2e-trigger-'));
	const outDir = path.join(userFolder, 'out');
	fs.mkdirSync(outDir);
	const port = await freePort();
	const env = local.n8nEnv(n8n, userFolder, {
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_RESTRICT_FILE_ACCESS_TO: outDir,
	});
	let child;
	let output = '';
	try {
		const tarball = await local.packPackage(path.join(userFolder, 'pack'));
		await local.installPackage(userFolder, tarball);
		const credentials = path.join(userFolder, 'credentials.json');
		local.writeJson(credentials, [
			local.vocuCredential({ ...CREDENTIAL, apiKey: sandbox.options.apiKey, baseUrl: apiUrl }),
		]);
		const workflows = path.join(userFolder, 'workflow.json');
		local.writeJson(workflows, [workflow(outDir)]);
		for (const args of [
			['import:credentials', `--input=${credentials}`],
			['import:workflow', `--input=${workflows}`],
		]) {
			const result = await local.n8nCli(n8n, env, args);
			if (result.code !== 0) throw new Error(`${args[0]} failed: ${result.stdout}${result.stderr}`);
		}
		// import:workflow deactivates what it imports: 2.x activates by publishing, 1.x by update:workflow.
		const activate =
			line === 2
				? ['publish:workflow', '--id=vocuTriggerE2e01']
				: ['update:workflow', '--id=vocuTriggerE2e01', '--active=true'];
		const activated = await local.n8nCli(n8n, env, activate);
		if (activated.code !== 0)
			throw new Error(`${activate[0]} failed: ${activated.stdout}${activated.stderr}`);
		const polls = () =>
			sandbox.requests.filter(
				(entry) => entry.method === 'GET' && entry.path === '/api/tts/generate',
			).length;
		child = spawn(n8n.nodeBin, [n8n.n8nBin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		await until(() => polls() > 0, 90_000, 'the activation poll');
		const tasks = [];
		for (let n = 0; n < 6; n++) {
			const text = n % 3 === 2 ? `Task ${n} [fail]` : `Task ${n} after activation`;
			tasks.push(
				sandbox.state.addTask({
					contents: [{ voiceId: SEED.readyVoiceId, promptId: 'default', text }],
				}),
			);
		}
		const expected = tasks
			.filter((task) => task.finalStatus === 'generated')
			.map((task) => `task-${task.id}.mp3`)
			.sort();
		const written = () => fs.readdirSync(outDir).sort();
		await until(() => written().length >= expected.length, WAIT_MS, `${expected.length} MP3 files`);
		const pollsSoFar = polls();
		await until(() => polls() > pollsSoFar, 75_000, 'one more poll');
		await sleep(3000);
		const files = written();
		const ok =
			JSON.stringify(files) === JSON.stringify(expected) &&
			files.every((file) => fs.statSync(path.join(outDir, file)).size > 0);
		const ms = Date.now() - started;
		if (ok)
			return {
				outcome: 'pass',
				title,
				ms,
				note: `${files.length} MP3 files, one per generated task; seeded tasks not emitted`,
			};
		return {
			outcome: 'fail',
			title,
			ms,
			reason: `files ${JSON.stringify(files)}, expected ${JSON.stringify(expected)}`,
		};
	} catch (error) {
		return {
			outcome: 'fail',
			title,
			reason: `${error.message}\n${output.split('\n').slice(-15).join('\n')}`,
		};
	} finally {
		if (child && child.exitCode === null) {
			child.kill('SIGTERM');
			await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(15_000)]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
		await sandbox.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { runTriggerCase };

if (require.main === module) {
	const line = Number(
		(process.argv.find((arg) => arg.startsWith('--n8n=')) ?? '--n8n=1').slice('--n8n='.length),
	);
	runTriggerCase(line).then((result) => {
		console.log(
			`${result.outcome === 'pass' ? 'PASS' : 'FAIL'} ${result.title}: ${result.note ?? result.reason}`,
		);
		process.exitCode = result.outcome === 'pass' ? 0 : 1;
	});
}
