'use strict';
// Vocu Trigger → Task Finished with 10,000 tasks in the account (BENCH_TASKS): requests and time per poll, through
// n8n-core's real PollContext (test/trigger/pollHarness.ts) against a local task list (newest first, no total, as
// Vocu's `GET /api/tts/generate`). Scenarios, each after the activation poll:
// - nothing changed (median of 5 polls);
// - 10 tasks created and generated since the last poll;
// - 10 tasks created still running, then a poll after they finished;
// - 300 tasks created since the last poll (more than one poll reads: 5 pages of 50), and the polls that emit them;
// and the size of the trigger's saved memory (workflow static data).
// Run: node bench/trigger-poll.js
const http = require('node:http');
const path = require('node:path');

const { registerTypeScript } = require('./typescript');
const { median } = require('./lib');

const TASKS = Number(process.env.BENCH_TASKS || 10_000);
const VOICE = '5d040784-cc81-4459-aa1d-6c2168ddb845';

function taskList() {
	const tasks = [];
	let clock = Date.parse('2026-01-01T00:00:00.000Z');
	const create = (status) => {
		const serial = tasks.length + 1;
		clock += 1000;
		const task = {
			id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
			status,
			type: 'vocu-neural-voice-001',
			createdAt: new Date(clock).toISOString(),
			metadata: {
				contents: [{ voiceId: VOICE, promptId: 'default', text: `Text number ${serial}.` }],
				characters: 16,
			},
		};
		tasks.unshift(task);
		return task;
	};
	return { tasks, create };
}

function startServer(list, key) {
	const counts = { list: 0, get: 0, other: 0 };
	const byId = () => new Map(list.tasks.map((task) => [task.id, task]));
	let index = byId();
	const server = http.createServer((req, res) => {
		const url = new URL(req.url, 'http://bench');
		const send = (status, body) => {
			const payload = JSON.stringify(body);
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(payload);
		};
		if (req.headers.authorization !== `Bearer ${key}`) return send(401, { status: 401 });
		if (url.pathname === '/api/tts/generate') {
			counts.list++;
			const offset = Number(url.searchParams.get('offset'));
			const limit = Number(url.searchParams.get('limit'));
			return send(200, {
				status: 200,
				message: 'OK',
				data: list.tasks.slice(offset, offset + limit),
			});
		}
		const match = /^\/api\/tts\/generate\/([^/]+)$/.exec(url.pathname);
		if (match) {
			counts.get++;
			const task = index.get(match[1]);
			return task
				? send(200, { status: 200, message: 'OK', data: task })
				: send(404, { status: 404, code: 'GENERATE_NOT_FOUND' });
		}
		counts.other++;
		send(404, { status: 404 });
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				server,
				counts,
				reindex: () => (index = byId()),
				url: `http://127.0.0.1:${server.address().port}`,
			}),
		),
	);
}

async function timedPoll(activation, api) {
	api.reindex();
	const before = { ...api.counts };
	const started = process.hrtime.bigint();
	const items = await activation.poll();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	return {
		ms,
		items: items.length,
		list: api.counts.list - before.list,
		get: api.counts.get - before.get,
	};
}

async function main() {
	registerTypeScript();
	const root = path.join(__dirname, '..');
	const { TriggerWorkflow } = require(path.join(root, 'test', 'trigger', 'pollHarness.ts'));
	const harness = require(path.join(root, 'test', 'harness', 'runNode.ts'));
	const { TEST_API_KEY } = require(path.join(root, 'test', 'harness', 'stubServer.ts'));
	const list = taskList();
	for (let i = 0; i < TASKS; i++) list.create(i % 10 === 9 ? 'failed' : 'generated');
	const api = await startServer(list, TEST_API_KEY);
	const workflow = new TriggerWorkflow(
		{ event: 'taskFinished', taskStatuses: ['generated', 'failed'], attachAudio: false },
		harness.vocuCredentials(api.url),
	);
	const activation = workflow.activate();
	const rows = [];
	rows.push(['Activation (notes what exists)', await timedPoll(activation, api)]);
	const idle = [];
	for (let i = 0; i < 5; i++) idle.push(await timedPoll(activation, api));
	rows.push(['Nothing changed (median of 5)', { ...idle[0], ms: median(idle.map((p) => p.ms)) }]);
	for (let i = 0; i < 10; i++) list.create('generated');
	rows.push(['10 new tasks, generated', await timedPoll(activation, api)]);
	const running = Array.from({ length: 10 }, () => list.create('processing'));
	rows.push(['10 new tasks, still running', await timedPoll(activation, api)]);
	for (const task of running) task.status = 'generated';
	rows.push(['… the same 10, now generated', await timedPoll(activation, api)]);
	for (let i = 0; i < 300; i++) list.create('generated');
	rows.push(['300 new tasks since the last poll (first poll)', await timedPoll(activation, api)]);
	// Max Items per Poll (20) holds the rest back as tracked tasks, emitted by the next polls.
	const drain = [];
	while (drain.length < 30) {
		const poll = await timedPoll(activation, api);
		drain.push(poll);
		if (!poll.items) break;
	}
	const drained = drain.slice(0, -1);
	rows.push([
		`… the next ${drained.length} polls (backlog), summed; at most ${Math.max(...drained.map((p) => p.list))} pages in one poll`,
		{
			items: drained.reduce((sum, p) => sum + p.items, 0),
			list: drained.reduce((sum, p) => sum + p.list, 0),
			get: drained.reduce((sum, p) => sum + p.get, 0),
			ms: drained.reduce((sum, p) => sum + p.ms, 0),
		},
	]);
	rows.push(['Nothing changed (backlog emitted)', drain[drain.length - 1]]);
	const memoryBytes = Buffer.byteLength(JSON.stringify(workflow.staticData()));
	api.server.close();

	console.log(
		`\nVocu Trigger → Task Finished, ${list.tasks.length} tasks in the account at the end\n`,
	);
	console.log('| Poll | Items emitted | List pages read | Single-task reads | Time (ms) |');
	console.log('|---|---|---|---|---|');
	for (const [label, p] of rows)
		console.log(`| ${label} | ${p.items} | ${p.list} | ${p.get} | ${p.ms.toFixed(1)} |`);
	console.log(
		`\nSaved memory (workflow static data): ${(memoryBytes / 1024).toFixed(1)} KB. A poll reads at most 5 pages of 50: of 300` +
			'\ntasks created between two polls the newest 250 are emitted (20 per poll, Max Items per Poll), the oldest 50' +
			'\nare skipped with a warning to poll more often.',
	);
}

main()
	.then(() => process.exit(0))
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});
