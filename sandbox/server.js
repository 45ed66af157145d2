#!/usr/bin/env node
'use strict';
// Vocu sandbox: a local stand-in for the Vocu HTTP API (as Vocu documents it, plus the README's decisions for lost pages) with
// in-memory state, plus a second "storage" origin serving the audio files, which rejects any request carrying
// Authorization (like Vocu's storage must never receive the API key). Development tooling only; not shipped.
//
//   npm run sandbox                       # http://127.0.0.1:8787 (API) and :8788 (storage)
//   node sandbox/server.js --port 0       # random free ports (printed)
//
// Environment (all optional):
//   SANDBOX_PORT, SANDBOX_STORAGE_PORT, SANDBOX_HOST      where to listen (default 8787, port+1, 127.0.0.1)
//   SANDBOX_API_KEY                                       the accepted key (default below)
//   SANDBOX_VOICE_READY_MS, SANDBOX_LORA_READY_MS         creating → pending / lora-pending → lora-success
//   SANDBOX_TASK_PENDING_MS, SANDBOX_TASK_PROCESSING_MS   async task pending → processing → generated
//   SANDBOX_SYNC_DELAY_MS                                 latency of synchronous generation
//   SANDBOX_DEMO_EVERY_MS                                 demo activity for the Vocu Trigger: a new task (and every third
//                                                         time a voice clone) each interval; 0 (default) = off
//   SANDBOX_PAID=false                                    free account (sync generation → 403 TTS_PAID_ONLY)
//   SANDBOX_CREDITS                                       paid credit balance (default 10000)
//   SANDBOX_FAULTS                                        JSON fault list, see sandbox/faults.js
//   SANDBOX_CHAOS                                         JSON random faults, see sandbox/faults.js (soak runs)
//   SANDBOX_SYNC_CONCURRENCY                              sync generations served at once (more → 429
//                                                         RATE_LIMIT_CONCURRENT at once); 0 (default) = no limit
//   SANDBOX_QUIET=true                                    no per-request log lines

const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { Faults } = require('./faults');
const {
	Router,
	VocuError,
	sendJson,
	sendError,
	ok,
	readBody,
	parseJsonBody,
	sleep,
} = require('./http');
const { SandboxState, SEED, FAIL_MARKER } = require('./state');

const DEFAULT_API_KEY = 'sk-sandbox0000000000000000000000000';
const MAX_BODY_BYTES = 150 * 1024 * 1024;

function envNumber(name, fallback) {
	const value = process.env[name];
	return value === undefined || value === '' ? fallback : Number(value);
}

function defaultOptions() {
	return {
		host: process.env.SANDBOX_HOST || '127.0.0.1',
		port: envNumber('SANDBOX_PORT', 8787),
		storagePort:
			process.env.SANDBOX_STORAGE_PORT === undefined
				? undefined
				: envNumber('SANDBOX_STORAGE_PORT', 0),
		apiKey: process.env.SANDBOX_API_KEY || DEFAULT_API_KEY,
		isPaid: process.env.SANDBOX_PAID !== 'false',
		credit: envNumber('SANDBOX_CREDITS', 10_000),
		bonusCredit: 500,
		timings: {
			voiceReadyMs: envNumber('SANDBOX_VOICE_READY_MS', 2000),
			loraReadyMs: envNumber('SANDBOX_LORA_READY_MS', 5000),
			taskPendingMs: envNumber('SANDBOX_TASK_PENDING_MS', 1000),
			taskProcessingMs: envNumber('SANDBOX_TASK_PROCESSING_MS', 3000),
			syncDelayMs: envNumber('SANDBOX_SYNC_DELAY_MS', 200),
			demoEveryMs: envNumber('SANDBOX_DEMO_EVERY_MS', 0),
		},
		faults: process.env.SANDBOX_FAULTS ? JSON.parse(process.env.SANDBOX_FAULTS) : [],
		chaos: process.env.SANDBOX_CHAOS ? JSON.parse(process.env.SANDBOX_CHAOS) : undefined,
		syncConcurrency: envNumber('SANDBOX_SYNC_CONCURRENCY', 0),
		/** Called with { method, path, body } each time an API route has run without error (soak counting). */
		onHandled: undefined,
		quiet: process.env.SANDBOX_QUIET === 'true',
	};
}

function buildRouter() {
	const router = new Router();
	router.route('GET', '/api/account/info', ({ state }) => ({
		body: ok({ user: accountView(state) }),
	}));
	for (const name of [
		'voices',
		'speech',
		'tasks',
		'templates',
		'files',
		'voiceManagement',
		'splitters',
	])
		require(`./routes/${name}`).register(router);
	return router;
}

/** Account info as edition C describes it: `credit` + `bonusCredit`, with `credits` the deprecated alias of the latter. */
function accountView(state) {
	const { account } = state;
	return { ...account, phone: '191****3326', credits: account.bonusCredit };
}

function storageXmlError(res, status, code, message) {
	const body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
	res.writeHead(status, {
		'Content-Type': 'application/xml',
		'Content-Length': Buffer.byteLength(body),
	});
	res.end(body);
}

function createSandbox(overrides = {}) {
	const options = {
		...defaultOptions(),
		...overrides,
		timings: { ...defaultOptions().timings, ...overrides.timings },
	};
	const urls = { api: '', storage: '' };
	const state = new SandboxState({ ...options, storageUrl: () => urls.storage });
	const faults = new Faults();
	faults.add(options.faults);
	faults.setChaos(options.chaos);
	const router = buildRouter();
	const requests = [];
	const counters = { storageAuthRejected: 0, syncInFlight: 0, syncPeak: 0, syncRejected: 0 };
	const log = (line) => {
		if (!options.quiet) console.log(`[vocu-sandbox] ${line}`);
	};

	function record(entry) {
		requests.push(entry);
		if (requests.length > 1000) requests.shift();
	}

	/** Applies a fault due before the route runs (true: answered); a fault due after it is returned instead. */
	async function applyFault(res, target, method, pathname) {
		const fault = faults.take(target, method, pathname);
		if (!fault) return false;
		if (fault.after || fault.truncate) return fault;
		if (fault.delayMs) await sleep(fault.delayMs);
		if (fault.destroy) {
			res.destroy();
			return true;
		}
		if (!fault.status) return false;
		const headers =
			fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
		sendError(res, new VocuError(fault.status, fault.code, fault.message), headers);
		return true;
	}

	async function handleAdmin(req, res, pathname) {
		const raw = ['POST', 'PATCH', 'PUT'].includes(req.method)
			? await readBody(req, 1024 * 1024)
			: Buffer.alloc(0);
		let body = {};
		try {
			body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
		} catch {
			throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', 'The admin request body must be JSON');
		}
		const route = `${req.method} ${pathname.replace(/\/+$/, '')}`;
		switch (route) {
			case 'GET /__sandbox':
				return sendJson(res, 200, info());
			case 'GET /__sandbox/faults':
				return sendJson(res, 200, { faults: faults.view() });
			case 'POST /__sandbox/faults':
				faults.add(Array.isArray(body?.faults) ? body.faults : body);
				return sendJson(res, 200, { faults: faults.view() });
			case 'DELETE /__sandbox/faults':
				faults.clear();
				return sendJson(res, 200, { faults: [] });
			case 'GET /__sandbox/dropped-keys':
				return sendJson(res, 200, { dropped: state.droppedKeys });
			case 'DELETE /__sandbox/dropped-keys':
				state.droppedKeys.length = 0;
				return sendJson(res, 200, { dropped: [] });
			case 'GET /__sandbox/requests':
				return sendJson(res, 200, { requests, ...counters });
			case 'DELETE /__sandbox/requests':
				requests.length = 0;
				return sendJson(res, 200, { requests });
			case 'POST /__sandbox/reset':
				state.reset();
				faults.clear();
				requests.length = 0;
				counters.storageAuthRejected = 0;
				return sendJson(res, 200, info());
			case 'POST /__sandbox/share-ids': {
				const shareId = randomUUID();
				state.shareIds.set(shareId, body.voiceId ?? SEED.readyVoiceId);
				return sendJson(res, 200, { shareId });
			}
			case 'PATCH /__sandbox/account':
				for (const key of ['isPaid', 'credit', 'bonusCredit', 'notifications']) {
					if (key in body) state.account[key] = body[key];
				}
				return sendJson(res, 200, { user: accountView(state) });
			default:
				throw new VocuError(404, 'RESOURCE_NOT_FOUND', `No sandbox admin route ${route}`);
		}
	}

	async function handleApi(req, res) {
		const started = Date.now();
		const url = new URL(req.url, urls.api);
		// Deprecated aliases (§4): /api/tts/voice… is /api/voice…
		const pathname = url.pathname.replace(/^\/api\/tts\/voice(?=\/|$)/, '/api/voice');
		const entry = {
			at: new Date().toISOString(),
			method: req.method,
			path: url.pathname,
			query: url.search,
			status: 0,
		};
		res.setHeader('X-Vocu-App-Request-Id', randomUUID());
		res.on('finish', () => {
			entry.status = res.statusCode;
			entry.ms = Date.now() - started;
			if (!pathname.startsWith('/__sandbox'))
				log(`${req.method} ${url.pathname}${url.search} → ${res.statusCode} (${entry.ms} ms)`);
		});
		try {
			if (pathname === '/__sandbox' || pathname.startsWith('/__sandbox/'))
				return await handleAdmin(req, res, pathname);
			record(entry);
			entry.authorized = req.headers.authorization === `Bearer ${options.apiKey}`;
			const late = await applyFault(res, 'api', req.method, pathname);
			if (late === true) return undefined;
			if (!entry.authorized) {
				throw new VocuError(
					401,
					'AUTH_UNAUTHORIZED',
					'Missing or invalid API key (Authorization: Bearer sk-...)',
				);
			}
			const match = router.match(req.method, pathname);
			if (!match.handler) {
				throw new VocuError(
					404,
					'RESOURCE_NOT_FOUND',
					`${req.method} ${url.pathname} is not a Vocu API route` +
						(match.allowed.length ? ` (this path takes ${match.allowed.join(', ')})` : ''),
				);
			}
			const rawBody = ['GET', 'HEAD'].includes(req.method)
				? Buffer.alloc(0)
				: await readBody(req, MAX_BODY_BYTES);
			let parsed;
			const json = () => {
				if (rawBody.length && !/application\/json/i.test(req.headers['content-type'] ?? '')) {
					throw new VocuError(
						400,
						'VALIDATION_INVALID_FORMAT',
						'Expected Content-Type: application/json',
					);
				}
				parsed = parseJsonBody(rawBody);
				entry.body = summarize(parsed);
				return parsed;
			};
			const release = admitSync(req.method, pathname, res);
			const result = await match.handler({
				state,
				params: match.params,
				query: url.searchParams,
				json,
				rawBody,
				req,
				res,
				log,
				timings: options.timings,
			});
			release();
			options.onHandled?.({
				method: req.method,
				path: pathname,
				body: parsed,
				query: url.searchParams,
			});
			if (late && result) return void (await applyLateFault(res, late, result));
			if (result) sendJson(res, result.status ?? 200, result.body);
		} catch (caught) {
			let error = caught;
			if (!(error instanceof VocuError)) {
				console.error('[vocu-sandbox] internal error', caught);
				error = new VocuError(500, 'SYSTEM_INTERNAL_ERROR', 'Sandbox internal error');
			}
			entry.code = error.code;
			if (!res.headersSent) sendError(res, error);
			else res.destroy();
		}
		return undefined;
	}

	/** Sync generation admission (SANDBOX_SYNC_CONCURRENCY): over the limit → 429 at once; returns the release. */
	function admitSync(method, pathname, res) {
		const sync = /^\/api\/tts\/simple-generate(\.mp3)?$/.test(pathname) && method !== 'HEAD';
		if (!sync || !(options.syncConcurrency > 0)) return () => {};
		if (counters.syncInFlight >= options.syncConcurrency) {
			counters.syncRejected += 1;
			throw new VocuError(
				429,
				'RATE_LIMIT_CONCURRENT',
				'Too many concurrent generations for this account',
			);
		}
		counters.syncInFlight += 1;
		counters.syncPeak = Math.max(counters.syncPeak, counters.syncInFlight);
		let released = false;
		const release = () => {
			if (!released) counters.syncInFlight -= 1;
			released = true;
		};
		res.once('close', release);
		return release;
	}

	/** A fault due after the route ran: the answer is lost (reset), late (hold), or not JSON (malformed). */
	async function applyLateFault(res, fault, result) {
		if (fault.after === 'destroy') return res.destroy();
		if (fault.after === 'hold') {
			await sleep(fault.delayMs || 60_000);
			if (!res.destroyed) sendJson(res, result.status ?? 200, result.body);
			return undefined;
		}
		const body = JSON.stringify(result.body).slice(0, 40);
		res.writeHead(result.status ?? 200, {
			'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(body),
		});
		return res.end(body);
	}

	async function handleStorage(req, res) {
		const url = new URL(req.url, urls.storage);
		const entry = {
			at: new Date().toISOString(),
			origin: 'storage',
			method: req.method,
			path: url.pathname,
			status: 0,
		};
		record(entry);
		res.on('finish', () => {
			entry.status = res.statusCode;
			log(`storage ${req.method} ${url.pathname} → ${res.statusCode}`);
		});
		if (req.headers.authorization !== undefined) {
			counters.storageAuthRejected += 1;
			entry.authorization = true;
			console.error(
				`[vocu-sandbox] storage received an Authorization header on ${url.pathname}: rejected (the API key must never go to storage)`,
			);
			return storageXmlError(
				res,
				400,
				'InvalidArgument',
				'Requests to storage must not carry Authorization',
			);
		}
		const late = await applyFault(res, 'storage', req.method, url.pathname);
		if (late === true) return undefined;
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return storageXmlError(res, 405, 'MethodNotAllowed', 'GET only');
		let path = url.pathname;
		if (path.endsWith('/stream.mp3')) {
			path = state.streamTokens.get(url.searchParams.get('auth') ?? '');
			if (!path) return storageXmlError(res, 403, 'AccessDenied', 'Missing or invalid auth token');
		}
		const file = state.files.get(path);
		if (!file || Date.now() < file.availableAt)
			return storageXmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
		res.writeHead(200, {
			'Content-Type': file.contentType,
			'Content-Length': file.body.length,
			'Cache-Control': 'no-store',
		});
		if (late?.truncate && req.method === 'GET') {
			res.write(file.body.subarray(0, Math.floor(file.body.length / 2)));
			return void res.destroy();
		}
		res.end(req.method === 'HEAD' ? undefined : file.body);
		return undefined;
	}

	const apiServer = http.createServer((req, res) => void handleApi(req, res));
	const storageServer = http.createServer((req, res) => void handleStorage(req, res));

	function info() {
		return {
			apiUrl: urls.api,
			storageUrl: urls.storage,
			apiKeyHint: `${options.apiKey.slice(0, 10)}…`,
			timings: options.timings,
			seed: {
				...SEED,
				marketVoiceId: `market:${SEED.marketVoiceUuid}`,
				unusedShareIds: [...state.shareIds.keys()],
			},
			failMarker: FAIL_MARKER,
			faults: faults.view(),
			storageAuthRejected: counters.storageAuthRejected,
		};
	}

	function listen(server, port) {
		return new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, options.host, () => resolve(server.address().port));
		});
	}

	return {
		options,
		state,
		faults,
		requests,
		counters,
		info,
		async start() {
			const apiPort = await listen(apiServer, options.port);
			const storagePort = await listen(
				storageServer,
				options.storagePort ?? (options.port ? apiPort + 1 : 0),
			);
			urls.api = `http://${options.host}:${apiPort}`;
			urls.storage = `http://${options.host}:${storagePort}`;
			state.reset(); // seeds need the storage URL
			return { apiUrl: urls.api, storageUrl: urls.storage };
		},
		async stop() {
			for (const server of [apiServer, storageServer]) {
				server.closeAllConnections?.();
				await new Promise((resolve) => server.close(() => resolve()));
			}
		},
	};
}

/** Short request-body summaries for the request log (data URLs and long strings cut). */
function summarize(value) {
	return JSON.parse(
		JSON.stringify(value, (_key, item) =>
			typeof item === 'string' && item.length > 120
				? `${item.slice(0, 60)}…(${item.length} chars)`
				: item,
		),
	);
}

function parseArgs(argv) {
	const overrides = {};
	for (let index = 0; index < argv.length; index += 1) {
		const arg = argv[index];
		const value = () => argv[++index];
		if (arg === '--port') overrides.port = Number(value());
		else if (arg === '--storage-port') overrides.storagePort = Number(value());
		else if (arg === '--key') overrides.apiKey = value();
		else if (arg === '--host') overrides.host = value();
		else if (arg === '--quiet') overrides.quiet = true;
		else if (arg === '--help' || arg === '-h') {
			console.log(
				'Usage: node sandbox/server.js [--port 8787] [--storage-port 8788] [--key sk-...] [--host 127.0.0.1] [--quiet]',
			);
			process.exit(0);
		} else {
			console.error(`Unknown argument ${arg}`);
			process.exit(2);
		}
	}
	return overrides;
}

async function main() {
	const sandbox = createSandbox(parseArgs(process.argv.slice(2)));
	const { apiUrl, storageUrl } = await sandbox.start();
	const { seed } = sandbox.info();
	console.log(
		[
			'Vocu sandbox is running (in-memory; restart to reset, or POST /__sandbox/reset)',
			`  API base URL  ${apiUrl}    → Vocu credential: Region "Custom Base URL", Base URL ${apiUrl}`,
			`  API key       ${sandbox.options.apiKey}`,
			`  Storage       ${storageUrl}    (audio files; rejects requests that carry Authorization)`,
			`  Admin         ${apiUrl}/__sandbox    (faults: POST ${apiUrl}/__sandbox/faults {"path":"/api/account/info","status":429,"retryAfter":1})`,
			`  Voices        ${seed.readyVoiceId} (ready, style ${seed.happyStyleId}), ${seed.marketVoiceId} (market),`,
			`                ${seed.v4VoiceId} (ready v4.0: instruct_mode only),`,
			`                ${seed.creatingVoiceId} (stays creating), ${seed.failedVoiceId} (failed)`,
			`  Share IDs     ${seed.unusedShareIds.join(', ')} (one-time)`,
			`  Tasks         text containing "${FAIL_MARKER}" ends as failed; timings ${JSON.stringify(sandbox.options.timings)}`,
		].join('\n'),
	);
	const shutdown = () => sandbox.stop().then(() => process.exit(0));
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

if (require.main === module) {
	main().catch((error) => {
		console.error(`[vocu-sandbox] could not start: ${error.message}`);
		process.exit(1);
	});
}

module.exports = { createSandbox, DEFAULT_API_KEY, SEED };
