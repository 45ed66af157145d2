#!/usr/bin/env node
/**
 * Benchmark of File → Upload Training Archive (chunked upload), run through n8n's real WorkflowExecute +
 * RoutingNode (the jest harness) against a local Vocu stand-in in a separate process.
 *
 *   npm run bench:upload                          # the default scenarios below
 *   npm run bench:upload -- --file 512 --chunk 5  # one scenario: 512 MiB file, 5 MiB chunks, filesystem mode
 *   npm run bench:upload -- --file 64 --chunk 5 --mode default
 *   npm run bench:upload -- --file 1024 --chunk 5 --parallel 2   # Chunks in Parallel: 2
 *
 * Each scenario runs in a fresh Node process (so RSS is not shared between scenarios) and reports:
 * - peak RSS growth of the n8n process during the upload, against the chunk size and the file size;
 * - throughput of the node's upload, against a plain loopback HTTP upload of the same bytes (one streamed
 *   POST of the stored file) to the same server;
 * - whether the server's reassembled chunks hash to the source file (SHA-256).
 * In "filesystem" mode n8n keeps binaries on disk (N8N_DEFAULT_BINARY_DATA_MODE=filesystem), as production n8n
 * usually does; "default" mode keeps them inline in memory and is shown for contrast only.
 */
const { fork } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { Readable } = require('node:stream');
const { registerTypeScript } = require('./typescript');

const MIB = 1024 * 1024;
/** Node/plain pairs per scenario (BENCH_REPS). */
const REPS = Number(process.env.BENCH_REPS || 5);
const DEFAULT_SCENARIOS = [
	// Same chunk size, growing file: memory must stay flat.
	{ mode: 'filesystem', fileMiB: 64, chunkMiB: 5 },
	{ mode: 'filesystem', fileMiB: 256, chunkMiB: 5 },
	{ mode: 'filesystem', fileMiB: 1024, chunkMiB: 5 },
	// Same file, other chunk sizes: memory follows the chunk size.
	{ mode: 'filesystem', fileMiB: 256, chunkMiB: 1 },
	{ mode: 'filesystem', fileMiB: 256, chunkMiB: 16 },
	// Contrast: inline (default-mode) binaries are in memory already and are decoded whole.
	{ mode: 'default', fileMiB: 64, chunkMiB: 5 },
	// Chunks in Parallel (off by default): two chunks on the wire.
	{ mode: 'filesystem', fileMiB: 1024, chunkMiB: 5, parallel: 2 },
];

// ---------------------------------------------------------------------------------------------------------
// Vocu stand-in (its own process, so its buffers do not count against the n8n process)

/**
 * Reads one chunk request as it arrives, like the plain /raw endpoint reads its body: the text fields (`id`,
 * `index`, `total`) come first, then the `file` part, whose bytes are handed to `onFile` piece by piece while
 * they are received (only the closing delimiter is held back). The sink's own work per byte (hashing) then
 * overlaps the transfer the same way for both uploads, so the ratio compares the clients, not how each endpoint
 * of the stand-in buffers.
 */
function streamMultipart(req, onFields, onFile, done) {
	const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
	if (!boundary) return done(new Error(`not multipart: ${req.headers['content-type']}`));
	const closing = Buffer.from(`\r\n--${boundary[1] ?? boundary[2]}--\r\n`);
	const delimiter = `--${boundary[1] ?? boundary[2]}`;
	let head = Buffer.alloc(0);
	let inFile = false;
	let held = Buffer.alloc(0);
	let failed;
	const feedFile = (piece) => {
		// Hold back the last closing.length bytes: they may be the closing delimiter. No copy of large pieces.
		const keep = closing.length;
		if (piece.length < keep) {
			const all = Buffer.concat([held, piece]);
			if (all.length > keep) onFile(all.subarray(0, all.length - keep));
			held = all.subarray(Math.max(0, all.length - keep));
			return;
		}
		if (held.length) onFile(held);
		onFile(piece.subarray(0, piece.length - keep));
		held = Buffer.from(piece.subarray(piece.length - keep));
	};
	req.on('data', (piece) => {
		if (failed) return;
		if (inFile) return feedFile(piece);
		head = Buffer.concat([head, piece]);
		const fileHeader = head.indexOf('name="file"');
		const fileStart = fileHeader < 0 ? -1 : head.indexOf('\r\n\r\n', fileHeader);
		if (fileStart < 0) return;
		const fields = {};
		for (const part of head.subarray(0, fileHeader).toString().split(delimiter)) {
			const match = /name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/.exec(part);
			if (match) fields[match[1]] = match[2];
		}
		try {
			onFields(fields);
		} catch (error) {
			failed = error;
			return;
		}
		inFile = true;
		feedFile(head.subarray(fileStart + 4));
	});
	req.on('end', () => {
		if (failed) return done(failed);
		if (!inFile || !held.equals(closing))
			return done(new Error('truncated multipart body (file must be the last part)'));
		done();
	});
}

function runSink() {
	const uploads = new Map();
	let counter = 0;
	let last;
	const json = (res, status, body) => {
		const payload = Buffer.from(JSON.stringify(body));
		res.writeHead(status, { 'content-type': 'application/json', 'content-length': payload.length });
		res.end(payload);
	};
	const server = http.createServer((req, res) => {
		if (req.url === '/raw') {
			const hash = crypto.createHash('sha256');
			let bytes = 0;
			req.on('data', (piece) => {
				hash.update(piece);
				bytes += piece.length;
			});
			req.on('end', () => json(res, 200, { bytes, sha256: hash.digest('hex') }));
			return;
		}
		if (req.url === '/result') return json(res, 200, last ?? {});
		if (!/^Bearer /.test(req.headers.authorization ?? '')) {
			req.resume();
			return req.on('end', () => json(res, 401, { status: 401, message: 'no key' }));
		}
		if (req.url === '/api/editor/multipartUpload/upload') {
			// The next chunk in order is hashed as it arrives; one that arrives ahead of it (Chunks in Parallel)
			// is kept until the chunks before it are in.
			let upload;
			let index;
			let early;
			return streamMultipart(
				req,
				(fields) => {
					upload = uploads.get(fields.id);
					index = Number(fields.index);
					if (!upload || index < upload.next || upload.early.has(index))
						throw new Error(`chunk ${index} sent twice or for an unknown upload`);
					upload.total = Number(fields.total);
					if (index !== upload.next) early = [];
				},
				(bytes) => {
					if (early) return early.push(bytes);
					upload.hash.update(bytes);
					upload.bytes += bytes.length;
				},
				(error) => {
					if (error)
						return json(res, 400, { status: 400, message: String(error.message ?? error) });
					if (early) upload.early.set(index, early);
					else upload.next++;
					for (let held; (held = upload.early.get(upload.next)); upload.next++) {
						upload.early.delete(upload.next);
						for (const bytes of held) upload.hash.update(bytes);
						upload.bytes += held.reduce((sum, bytes) => sum + bytes.length, 0);
					}
					json(res, 200, { status: 200, message: 'OK' });
				},
			);
		}
		const pieces = [];
		req.on('data', (piece) => pieces.push(piece));
		req.on('end', () => {
			try {
				const body = Buffer.concat(pieces);
				if (req.url === '/api/editor/multipartUpload/newFile') {
					const id = `bench-${++counter}`;
					uploads.set(id, {
						hash: crypto.createHash('sha256'),
						bytes: 0,
						next: 0,
						early: new Map(),
						total: undefined,
					});
					return json(res, 200, { status: 200, message: 'OK', data: { id } });
				}
				if (req.url === '/api/editor/multipartUpload/finish') {
					const id = JSON.parse(body.toString()).id;
					const upload = uploads.get(id);
					uploads.delete(id);
					last = {
						id,
						bytes: upload.bytes,
						chunks: upload.next,
						total: upload.total,
						sha256: upload.hash.digest('hex'),
					};
					return json(res, 200, { status: 200, message: 'OK', data: { id } });
				}
				json(res, 404, { status: 404, message: `unknown ${req.url}` });
			} catch (error) {
				json(res, 400, { status: 400, message: String(error.message ?? error) });
			}
		});
	});
	server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
}

// ---------------------------------------------------------------------------------------------------------
// One scenario, in its own process

/** Pseudo-random bytes in 1 MiB blocks, hashed as they are produced, so the source is never held whole. */
function* randomBlocks(bytes, hash) {
	for (let left = bytes; left > 0; left -= MIB) {
		const block = crypto.randomBytes(Math.min(MIB, left));
		hash.update(block);
		yield block;
	}
}

function getJson(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, (res) => {
				const pieces = [];
				res.on('data', (piece) => pieces.push(piece));
				res.on('end', () => resolve(JSON.parse(Buffer.concat(pieces).toString())));
			})
			.on('error', reject);
	});
}

/** Streams a file to the sink in one plain POST: the loopback baseline. */
function plainUpload(url, filePath, bytes) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				headers: { 'content-type': 'application/octet-stream', 'content-length': bytes },
			},
			(res) => {
				const pieces = [];
				res.on('data', (piece) => pieces.push(piece));
				res.on('end', () => resolve(JSON.parse(Buffer.concat(pieces).toString())));
			},
		);
		req.on('error', reject);
		fs.createReadStream(filePath).pipe(req);
	});
}

/**
 * Where the node's upload time goes, from Node's HTTP client events while `active`: writing each chunk's body
 * (request start → body handed to the socket and flushed), waiting for the answer (→ response end), and the gap
 * between one chunk's answer and the next chunk's request (n8n's request setup, and the next body if it is not
 * ready); plus the garbage collections V8 ran on its own meanwhile.
 */
function phaseTracer() {
	const diagnostics = require('node:diagnostics_channel');
	const { PerformanceObserver, constants } = require('node:perf_hooks');
	const now = () => Number(process.hrtime.bigint()) / 1e6;
	const totals = { chunks: 0, writeMs: 0, answerMs: 0, gapMs: 0, gcMs: 0 };
	let active = false;
	let lastEnd = 0;
	diagnostics.subscribe('http.client.request.start', ({ request }) => {
		if (!active || !/multipartUpload\/upload/.test(request.path)) return;
		const started = now();
		if (lastEnd) totals.gapMs += started - lastEnd;
		let finished = started;
		request.once('finish', () => (finished = now()));
		request.once('response', (response) =>
			response.once('end', () => {
				lastEnd = now();
				totals.chunks++;
				totals.writeMs += finished - started;
				totals.answerMs += lastEnd - finished;
			}),
		);
	});
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (!active || entry.detail?.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
			totals.gcMs += entry.duration;
		}
	}).observe({ entryTypes: ['gc'] });
	return {
		totals,
		start: () => {
			active = true;
			lastEnd = 0;
		},
		stop: () => (active = false),
	};
}

async function settle() {
	for (let i = 0; i < 3; i++) {
		global.gc();
		await new Promise((resolve) => setTimeout(resolve, 30));
	}
}

/** Runs `work`, sampling RSS every 2 ms; the kernel's max-RSS counter catches peaks between samples. */
async function measured(work) {
	await settle();
	const baseline = process.memoryUsage.rss();
	const maxRssBefore = process.resourceUsage().maxRSS * 1024;
	let sampled = baseline;
	const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 2);
	const started = process.hrtime.bigint();
	const result = await work();
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	clearInterval(sampler);
	sampled = Math.max(sampled, process.memoryUsage.rss());
	const maxRssAfter = process.resourceUsage().maxRSS * 1024;
	const peak = maxRssAfter > maxRssBefore ? Math.max(maxRssAfter, sampled) : sampled;
	return { result, seconds, growth: peak - baseline };
}

const live = () => {
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
};

/**
 * Runs `work` while forcing a GC every 25 ms and reading what survives (JS heap + Buffers): the memory the
 * upload really holds, without the garbage V8 lets pile up between its own collections.
 */
async function measuredLive(work) {
	await settle();
	const baseline = live();
	let peak = baseline;
	const sampler = setInterval(() => {
		global.gc();
		peak = Math.max(peak, live());
	}, 25);
	const result = await work();
	clearInterval(sampler);
	return { result, growth: peak - baseline };
}

async function runScenario({ mode, fileMiB, chunkMiB, parallel = 1, sinkUrl }) {
	registerTypeScript();
	const harness = require(path.join(__dirname, '..', 'test', 'harness', 'runNode.ts'));
	const service = await harness.binaryDataService();
	const location = { type: 'execution', workflowId: 'bench', executionId: String(process.pid) };
	const credentials = harness.vocuCredentials(sinkUrl);
	const params = {
		resource: 'file',
		operation: 'uploadTrainingArchive',
		binaryPropertyName: 'data',
		uploadOptions: { chunkSizeMiB: chunkMiB, parallelChunks: parallel },
	};
	const upload = async (binary) => {
		const run = await harness.runVocu(params, {
			credentials,
			items: [{ json: {}, binary: { data: binary } }],
		});
		if (run.error) throw new Error(`${run.error.message} · ${run.error.description ?? ''}`);
		return run.items[0].json;
	};

	const loadBefore = require('node:os').loadavg()[0];
	// Warm-up: load and JIT the whole path once with a small file.
	await upload(
		await harness.binaryInput(crypto.randomBytes(1000), 'application/zip', 'warmup.zip'),
	);

	const bytes = fileMiB * MIB;
	const hash = crypto.createHash('sha256');
	const input =
		mode === 'filesystem'
			? await service.store(location, Readable.from(randomBlocks(bytes, hash)), {
					data: '',
					mimeType: 'application/zip',
					fileName: 'bench.zip',
				})
			: await harness.binaryInput(
					Buffer.concat([...randomBlocks(bytes, hash)]),
					'application/zip',
					'bench.zip',
				);
	if ((mode === 'filesystem') !== Boolean(input.id))
		throw new Error(`binary data is not in ${mode} mode`);
	const sourceSha = hash.digest('hex');

	// Node and plain uploads alternate REPS times, so both see the same moments of a shared, noisy machine; the
	// figure is the median of the per-pair ratios, the RSS the highest of the node's runs.
	const runs = [];
	let received;
	const phases = phaseTracer();
	for (let rep = 0; rep < REPS; rep++) {
		const node = await measured(async () => {
			phases.start();
			try {
				return await upload(input);
			} finally {
				phases.stop();
			}
		});
		received = await getJson(`${sinkUrl}/result`);
		if (received.sha256 !== sourceSha) break;
		const plain = input.id
			? await measured(
					async () => await plainUpload(`${sinkUrl}/raw`, service.getPath(input.id), bytes),
				)
			: undefined;
		runs.push({ node, plain });
	}
	const node = runs.reduce(
		(worst, run) => (run.node.growth > worst.growth ? run.node : worst),
		runs[0].node,
	);
	const held = await measuredLive(async () => await upload(input));
	const receivedAgain = await getJson(`${sinkUrl}/result`);
	const plainRuns = runs.map((run) => run.plain).filter(Boolean);
	const plain = plainRuns.length ? plainRuns[0] : undefined;
	if (input.id) {
		fs.rmSync(service.getPath(input.id), { force: true });
		fs.rmSync(`${service.getPath(input.id)}.metadata`, { force: true });
	}
	const medianOf = (values) =>
		[...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
	const ratios = plainRuns.length ? runs.map((run) => run.plain.seconds / run.node.seconds) : [];
	return {
		mode,
		fileMiB,
		chunkMiB,
		parallel,
		chunks: node.result.totalChunks,
		intact:
			received.sha256 === sourceSha &&
			received.bytes === bytes &&
			received.chunks === node.result.totalChunks &&
			receivedAgain.sha256 === sourceSha,
		growthMiB: node.growth / MIB,
		liveMiB: held.growth / MIB,
		seconds: medianOf(runs.map((run) => run.node.seconds)),
		plainGrowthMiB: plain ? Math.max(...plainRuns.map((run) => run.growth)) / MIB : undefined,
		plainSeconds: plain ? medianOf(plainRuns.map((run) => run.seconds)) : undefined,
		plainIntact: plain ? plainRuns.every((run) => run.result.sha256 === sourceSha) : undefined,
		ratios,
		ratio: ratios.length ? medianOf(ratios) : undefined,
		load: [loadBefore, require('node:os').loadavg()[0]],
		phases: { ...phases.totals, reps: runs.length },
	};
}

// ---------------------------------------------------------------------------------------------------------
// Orchestration

function child(args, env = {}) {
	return fork(__filename, args, {
		execArgv: ['--expose-gc', ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)],
		env: { ...process.env, N8N_LOG_LEVEL: 'silent', ...env },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
}

function once(proc) {
	return new Promise((resolve, reject) => {
		proc.once('message', resolve);
		proc.once('exit', (code) => reject(new Error(`child exited with ${code} before answering`)));
	});
}

function parseArgs(argv) {
	const value = (name) => {
		const i = argv.indexOf(`--${name}`);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	if (!value('file') && !value('chunk')) return DEFAULT_SCENARIOS;
	return [
		{
			mode: value('mode') ?? 'filesystem',
			fileMiB: Number(value('file') ?? 256),
			chunkMiB: Number(value('chunk') ?? 5),
			parallel: Number(value('parallel') ?? 1),
		},
	];
}

const fmt = (n, digits = 1) => (n === undefined ? '—' : n.toFixed(digits));

async function main() {
	const sink = child(['--sink']);
	const { port } = await once(sink);
	const sinkUrl = `http://127.0.0.1:${port}`;
	const rows = [];
	try {
		for (const scenario of parseArgs(process.argv.slice(2))) {
			const env =
				scenario.mode === 'filesystem'
					? {
							N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
							N8N_AVAILABLE_BINARY_DATA_MODES: 'filesystem',
						}
					: { N8N_DEFAULT_BINARY_DATA_MODE: 'default' };
			const runner = child(['--run', JSON.stringify({ ...scenario, sinkUrl })], env);
			const answer = await once(runner);
			if (answer.error) throw new Error(answer.error);
			rows.push(answer);
			process.stderr.write(
				`done: ${scenario.mode} ${scenario.fileMiB} MiB / ${scenario.chunkMiB} MiB chunks × ${scenario.parallel ?? 1}\n`,
			);
		}
	} finally {
		sink.kill();
	}

	console.log(
		`\nChunked upload benchmark (Node ${process.version}, ${require('node:os').cpus().length} CPUs)`,
	);
	console.log(
		'| binary mode | file MiB | chunk MiB | in parallel | chunks | peak RSS growth MiB | RSS growth ÷ chunk | RSS growth ÷ file | peak live growth MiB | live ÷ chunk | node MiB/s | plain loopback MiB/s | node ÷ plain (median of pairs) | each pair | load avg (start → end) | bytes intact |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
	for (const r of rows) {
		const nodeRate = r.fileMiB / r.seconds;
		const plainRate = r.plainSeconds ? r.fileMiB / r.plainSeconds : undefined;
		console.log(
			`| ${r.mode} | ${r.fileMiB} | ${r.chunkMiB} | ${r.parallel} | ${r.chunks} | ${fmt(r.growthMiB)} | ${fmt(r.growthMiB / r.chunkMiB)} | ` +
				`${fmt(r.growthMiB / r.fileMiB, 2)} | ${fmt(r.liveMiB)} | ${fmt(r.liveMiB / r.chunkMiB)} | ${fmt(nodeRate, 0)} | ` +
				`${fmt(plainRate, 0)} | ${fmt(r.ratio, 2)} | ${r.ratios.map((x) => fmt(x, 2)).join(', ') || '—'} | ` +
				`${fmt(r.load[0], 2)} → ${fmt(r.load[1], 2)} | ${r.intact && r.plainIntact !== false ? 'yes' : 'NO'} |`,
		);
	}
	console.log(
		'\nPeak RSS growth: highest RSS of the n8n process during the upload minus RSS just before it (after GC);' +
			'\nit includes garbage V8 has not collected yet (V8 collects Buffers when about 64 MiB have piled up).' +
			'\nPeak live growth: a second upload of the same file with a forced GC every 25 ms; JS heap + Buffers that' +
			'\nsurvive, minus the same before the upload: what the upload really holds.' +
			`\nnode ÷ plain: the node's upload and a plain one alternate ${REPS} times (BENCH_REPS); each pair gives` +
			'\nplain time ÷ node time, and the figure is their median. MiB/s are the medians of each side.' +
			'\nPlain loopback: the stored file streamed in one HTTP POST to the same local server (its peak RSS growth: ' +
			rows.map((r) => fmt(r.plainGrowthMiB)).join(', ') +
			' MiB).',
	);
	console.log(
		"\nWhere the node's upload time goes (ms per upload, averaged over its runs): writing chunk bodies | waiting for" +
			"\nthe answers | between an answer and the next chunk's request | of all that, GC pauses V8 ran on its own",
	);
	for (const r of rows) {
		const p = r.phases;
		const per = (ms) => (ms / Math.max(1, p.reps)).toFixed(0);
		console.log(
			`- ${r.mode} ${r.fileMiB} MiB / ${r.chunkMiB} MiB × ${r.parallel}: ${per(p.writeMs)} | ${per(p.answerMs)} | ${per(p.gapMs)} ` +
				`(${(p.gapMs / Math.max(1, p.chunks)).toFixed(2)} per chunk) | GC ${per(p.gcMs)}; node upload ${(r.seconds * 1000).toFixed(0)}, plain ${r.plainSeconds ? (r.plainSeconds * 1000).toFixed(0) : '—'}`,
		);
	}
	if (rows.some((r) => !r.intact)) process.exitCode = 1;
}

if (process.argv[2] === '--sink') runSink();
else if (process.argv[2] === '--run') {
	// n8n-core leaves service timers running, so the runner exits explicitly once its answer is delivered.
	runScenario(JSON.parse(process.argv[3]))
		.catch((error) => ({ error: String(error.stack ?? error) }))
		.then((answer) => process.send(answer, () => process.exit(0)));
} else {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
