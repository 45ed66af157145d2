'use strict';
// Issue 9, wait for completion: Task → Create with Wait for Completion against a server whose task is generated
// GENERATE_MS after creation. Counts status polls and measures how long after `generated` the node finished.
// Run: node bench/wait-for-completion.js
const http = require('node:http');

const { API_KEY, prepareN8n, runWorkflow, node, chain } = require('./lib');

const GENERATE_MS = Number(process.env.BENCH_GENERATE_MS || 7_500);
const INTERVAL_S = Number(process.env.BENCH_POLL_S || 2);

function startServer() {
	const stats = { polls: 0, createdAt: 0, generatedAt: 0, lastPollAt: 0 };
	const storage = http.createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': '4' });
		res.end(Buffer.from([0xff, 0xfb, 0x90, 0x00]));
	});
	const task = () => {
		const done = Date.now() - stats.createdAt >= GENERATE_MS;
		if (done && !stats.generatedAt) stats.generatedAt = stats.createdAt + GENERATE_MS;
		return {
			id: 'task-1',
			status: done ? 'generated' : 'processing',
			metadata: done
				? { audio: `http://127.0.0.1:${storage.address().port}/task-1-merged.mp3`, contents: [] }
				: { contents: [] },
		};
	};
	const vocu = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			if (req.headers.authorization !== `Bearer ${API_KEY}`) {
				res.writeHead(401, { 'content-type': 'application/json' });
				return res.end(JSON.stringify({ status: 401, message: 'Unauthorized' }));
			}
			// The node's quota read (account info, once per process) is not a status poll.
			if (req.url === '/api/account/info') {
				res.writeHead(200, { 'content-type': 'application/json' });
				return res.end(
					JSON.stringify({
						status: 200,
						message: 'OK',
						user: { id: 'u1', quota: { syncBaseConcurrent: 3, syncPaidConcurrent: 0 } },
					}),
				);
			}
			if (req.method === 'POST') stats.createdAt = Date.now();
			else {
				stats.polls++;
				stats.lastPollAt = Date.now();
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({
					status: 200,
					message: 'OK',
					data: req.method === 'POST' ? { id: 'task-1', status: 'pending' } : task(),
				}),
			);
		});
	});
	return new Promise((resolve) =>
		storage.listen(0, '127.0.0.1', () =>
			vocu.listen(0, '127.0.0.1', () =>
				resolve({
					stats,
					url: `http://127.0.0.1:${vocu.address().port}`,
					close: () => {
						vocu.close();
						storage.close();
					},
				}),
			),
		),
	);
}

async function main() {
	const server = await startServer();
	const prepared = await prepareN8n(server.url);
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const run = await runWorkflow(prepared, {
		id: 'benchWaitTask01',
		name: 'bench wait for completion',
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0),
			node(
				'Vocu',
				'n8n-nodes-vocu.vocu',
				1,
				{
					resource: 'task',
					operation: 'create',
					contentMode: 'single',
					voiceId: { __rl: true, mode: 'id', value: '9f011950-f143-4eb7-abbb-90e0b66874ea' },
					text: 'Chapter one.',
					waitForCompletion: true,
					pollInterval: INTERVAL_S,
					maxWait: 120,
				},
				200,
				{ credentials },
			),
		],
		connections: chain(['Start', 'Vocu']),
		settings: {},
	});
	server.close();
	const out = run.data.resultData.runData.Vocu[0].data.main[0][0];
	const bound = Math.ceil(GENERATE_MS / 1000 / INTERVAL_S) + 1;
	const lagS = (server.stats.lastPollAt - server.stats.generatedAt) / 1000;
	console.log(
		`\nTask generated ${GENERATE_MS / 1000} s after creation, poll interval ${INTERVAL_S} s\n`,
	);
	console.log(
		'| Status out | Audio | Polls | Bound ceil(d/i)+1 | Returned after generated (s) | Target |',
	);
	console.log('|---|---|---|---|---|---|');
	console.log(
		`| ${out.json.status} | ${out.binary?.data?.mimeType ?? 'none'} | ${server.stats.polls} | ${bound} | ${lagS.toFixed(2)} | ≤ ${INTERVAL_S} s, polls ≤ bound |`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
