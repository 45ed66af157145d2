'use strict';
// Bursts across executions: 60 webhook executions of one item each arriving at once, in a real n8n (`n8n start`
// with an active Webhook → Vocu Speech → Generate workflow; BENCH_N8N=2 for n8n 2.x), against the stand-in that
// serves C = 3 generations at a time and holds the rest (bench/limitedVocu.js, hold 20 s, shorter than the queue
// of 60 held requests would need). Every execution is its own Vocu node run; the node's account-wide window is
// shared by all executions of the process, so the account never sees more than C at once.
// Reports the time from the first generation request to the last answer against the ideal (the served
// generations back to back on C slots), the 429s and the peak in flight.
// Run: node bench/burst.js   (BENCH_BURST=60)
const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

const local = require('../scripts/n8n-local');
const { prepareN8n } = require('./lib');
const { startLimitedVocu, timing, VOICE_ID } = require('./limitedVocu');

const BURST = Number(process.env.BENCH_BURST || 60);
const C = 3;
const HOLD_MS = Number(process.env.BENCH_HOLD_MS || 20_000);
const WORKFLOW_ID = 'benchBurst000001';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function burstWorkflow(credential) {
	return {
		id: WORKFLOW_ID,
		name: 'bench burst',
		active: false,
		nodes: [
			{
				id: 'burstHook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'b6f1c1e2-5d7a-4f7e-9a51-0c1d2e3f4a5b',
				parameters: {
					httpMethod: 'POST',
					path: 'vocu-burst',
					responseMode: 'lastNode',
					options: {},
				},
			},
			{
				id: 'burstVocu',
				name: 'Vocu',
				type: 'n8n-nodes-vocu.vocu',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'speech',
					operation: 'generate',
					voiceId: { __rl: true, mode: 'id', value: VOICE_ID },
					text: '={{ $json.body.text }}',
					downloadAudio: false,
				},
				credentials: { vocuApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Vocu', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

async function post(port, text) {
	const started = Date.now();
	const response = await fetch(`http://127.0.0.1:${port}/webhook/vocu-burst`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text }),
	});
	return { status: response.status, body: await response.text(), ms: Date.now() - started };
}

async function startN8n(prepared, port) {
	const { n8n, env, work } = prepared;
	const line = Number(process.env.BENCH_N8N || 1);
	const file = path.join(work, 'burst.json');
	local.writeJson(file, [burstWorkflow(prepared.credential)]);
	await local.mustRun(n8n.nodeBin, [n8n.n8nBin, 'import:workflow', `--input=${file}`], { env });
	// import:workflow deactivates what it imports: 2.x activates by publishing, 1.x by update:workflow.
	const activate =
		line === 2
			? ['publish:workflow', `--id=${WORKFLOW_ID}`]
			: ['update:workflow', `--id=${WORKFLOW_ID}`, '--active=true'];
	await local.mustRun(n8n.nodeBin, [n8n.n8nBin, ...activate], { env });
	const child = spawn(n8n.nodeBin, [n8n.n8nBin, 'start'], {
		env: { ...env, N8N_PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return { child, output: () => output };
}

/** Waits until the webhook answers (one warm-up generation, not counted). */
async function warmUp(port, n8nProcess) {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (n8nProcess.child.exitCode !== null) break;
		const answer = await post(port, 'warm-up').catch(() => undefined);
		if (answer?.status === 200) return;
		await sleep(1000);
	}
	throw new Error(`the webhook never answered:\n${n8nProcess.output().slice(-3000)}`);
}

async function main() {
	const vocu = await startLimitedVocu({ concurrency: C, holdMs: HOLD_MS });
	const prepared = await prepareN8n(vocu.url);
	const port = await local.freePort();
	const n8nProcess = await startN8n(prepared, port);
	try {
		await warmUp(port, n8nProcess);
		vocu.reset();
		const load = os.loadavg()[0];
		const answers = await Promise.all(
			Array.from({ length: BURST }, (_, i) => post(port, `Burst sentence ${i}`)),
		);
		const { seconds, ideal, ratio } = timing(vocu);
		const ok = answers.filter((a) => a.status === 200 && /gen-/.test(a.body)).length;
		const slowest = Math.max(...answers.map((a) => a.ms)) / 1000;
		console.log(
			`\nn8n ${process.env.BENCH_N8N === '2' ? '2.x' : '1.x'} (n8n start, Webhook → Vocu), ${BURST} executions of one item at once, C = ${C}, hold ${HOLD_MS / 1000} s\n`,
		);
		console.log(
			'| Executions | Answered with audio | Served | 429s | Time (s) | Ideal (s) | Time / ideal | Peak in flight | Slowest webhook answer (s) | Load avg |',
		);
		console.log('|---|---|---|---|---|---|---|---|---|---|');
		console.log(
			`| ${BURST} | ${ok} | ${vocu.stats.served} | ${vocu.stats.rejected} | ${seconds.toFixed(2)} | ${ideal.toFixed(2)} | ` +
				`${ratio.toFixed(3)} | ${vocu.stats.peak} | ${slowest.toFixed(2)} | ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} |`,
		);
		console.log(
			'\nTime: first generation request to last answer at the stand-in. Ideal: the served generations back to back on C slots.',
		);
		if (ok !== BURST || vocu.stats.rejected) process.exitCode = 1;
	} finally {
		n8nProcess.child.kill('SIGTERM');
		await Promise.race([new Promise((r) => n8nProcess.child.once('exit', r)), sleep(15_000)]);
		if (n8nProcess.child.exitCode === null) n8nProcess.child.kill('SIGKILL');
		vocu.server.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
