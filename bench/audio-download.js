'use strict';
// Issue 9, audio download: Speech → Generate whose audio file is large becomes binary data without being held
// in memory twice. Runs real n8n (filesystem binary-data mode, as production n8n uses) under /usr/bin/time and
// compares the n8n process's peak RSS for a small and a large audio file.
// Run: node bench/audio-download.js   (BENCH_AUDIO_MB=200 by default)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const { API_KEY, prepareN8n, node, chain } = require('./lib');
const local = require('../scripts/n8n-local');

const LARGE_MB = Number(process.env.BENCH_AUDIO_MB || 200);
const SMALL_MB = 1;
const CHUNK = Buffer.alloc(1024 * 1024, 0x55);

function startServers() {
	let sizeMb = SMALL_MB;
	const storage = http.createServer((req, res) => {
		res.writeHead(200, {
			'content-type': 'audio/mpeg',
			'content-length': String(sizeMb * CHUNK.length),
		});
		let sent = 0;
		const pump = () => {
			while (sent < sizeMb) {
				sent++;
				if (!res.write(CHUNK)) return res.once('drain', pump);
			}
			res.end();
		};
		pump();
	});
	const vocu = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const ok = req.headers.authorization === `Bearer ${API_KEY}`;
			res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify(
					ok
						? {
								status: 200,
								message: 'OK',
								data: {
									id: 'g1',
									audio: `http://127.0.0.1:${storage.address().port}/big.mp3`,
									credit_used: 1,
								},
							}
						: { status: 401, message: 'Unauthorized' },
				),
			);
		});
	});
	return new Promise((resolve) =>
		storage.listen(0, '127.0.0.1', () =>
			vocu.listen(0, '127.0.0.1', () =>
				resolve({
					setSize: (mb) => (sizeMb = mb),
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

async function peakRssMb(prepared, id) {
	const outFile = path.join(prepared.work, `${id}.out.json`);
	const fd = fs.openSync(outFile, 'w');
	const child = spawn(
		'/usr/bin/time',
		[
			'-f',
			'MAXRSS_KB=%M',
			prepared.n8n.nodeBin,
			prepared.n8n.n8nBin,
			'execute',
			`--id=${id}`,
			'--rawOutput',
		],
		{
			env: prepared.env,
			stdio: ['ignore', fd, 'pipe'],
		},
	);
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	await new Promise((resolve) => child.on('close', resolve));
	fs.closeSync(fd);
	const run = local.parseRawOutput(fs.readFileSync(outFile, 'utf8'));
	const binary = run?.data?.resultData?.runData?.Vocu?.[0]?.data?.main?.[0]?.[0]?.binary?.data;
	return {
		rssMb: Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1]) / 1024,
		fileSize: binary?.fileSize,
		mode: binary?.id ? 'filesystem' : 'inline',
	};
}

async function main() {
	const servers = await startServers();
	const prepared = await prepareN8n(servers.url);
	prepared.env = { ...prepared.env, N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' };
	const credentials = { vocuApi: { id: prepared.credential.id, name: prepared.credential.name } };
	const workflow = {
		id: 'benchAudioDl001',
		name: 'bench audio download',
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0),
			node(
				'Vocu',
				'n8n-nodes-vocu.vocu',
				1,
				{
					resource: 'speech',
					operation: 'generate',
					voiceId: { __rl: true, mode: 'id', value: '9f011950-f143-4eb7-abbb-90e0b66874ea' },
					text: 'A long audiobook chapter',
				},
				200,
				{ credentials },
			),
		],
		connections: chain(['Start', 'Vocu']),
		settings: {},
	};
	const file = path.join(prepared.work, 'audio.json');
	local.writeJson(file, workflow);
	await local.mustRun(
		prepared.n8n.nodeBin,
		[prepared.n8n.n8nBin, 'import:workflow', `--input=${file}`],
		{ env: prepared.env },
	);
	servers.setSize(SMALL_MB);
	const small = await peakRssMb(prepared, workflow.id);
	servers.setSize(LARGE_MB);
	const large = await peakRssMb(prepared, workflow.id);
	servers.close();
	console.log(
		`\nSpeech → Generate with a ${SMALL_MB} MB and a ${LARGE_MB} MB audio file, n8n filesystem binary mode\n`,
	);
	console.log('| Audio | Binary stored | Output fileSize | n8n peak RSS (MB) |');
	console.log('|---|---|---|---|');
	console.log(`| ${SMALL_MB} MB | ${small.mode} | ${small.fileSize} | ${small.rssMb.toFixed(0)} |`);
	console.log(`| ${LARGE_MB} MB | ${large.mode} | ${large.fileSize} | ${large.rssMb.toFixed(0)} |`);
	const growth = large.rssMb - small.rssMb;
	console.log(
		`\nPeak RSS growth for ${LARGE_MB - SMALL_MB} MB more audio: ${growth.toFixed(0)} MB (held twice would be ≥ ${2 * (LARGE_MB - SMALL_MB)} MB)`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
