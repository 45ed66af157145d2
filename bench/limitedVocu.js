'use strict';
// A local Vocu stand-in with Vocu's concurrency behaviour, for the throughput and burst benchmarks (dev tooling):
// it serves C synchronous generations at a time (each 100–500 ms, seeded, so every run sees the same latencies)
// and holds the rest like Vocu does, answering 429 to a request still queued after `holdMs` (Vocu: ~330 s).
// Account info answers at once with the quota (C), so the node's quota read is not counted as a generation.
const http = require('node:http');

const { API_KEY, seeded } = require('./lib');

const VOICE_ID = '9f011950-f143-4eb7-abbb-90e0b66874ea';

function freshStats() {
	return {
		served: 0,
		rejected: 0,
		latencySum: 0,
		peak: 0,
		first: 0,
		last: 0,
		badAuth: 0,
		quota: 0,
	};
}

function json(res, status, body) {
	const payload = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(payload),
	});
	res.end(payload);
}

/** Starts the stand-in; `holdMs` can be changed between runs (`vocu.holdMs = …`), `reset()` clears the counters. */
function startLimitedVocu({ concurrency = 3, holdMs = 20_000, seed = 42 } = {}) {
	const vocu = { stats: freshStats(), holdMs, concurrency };
	let inFlight = 0;
	const queue = [];
	let random = seeded(seed);
	vocu.reset = () => {
		vocu.stats = freshStats();
		random = seeded(seed);
	};
	const serveNext = () => {
		while (inFlight < concurrency && queue.length) {
			const { res, timer } = queue.shift();
			clearTimeout(timer);
			inFlight++;
			vocu.stats.peak = Math.max(vocu.stats.peak, inFlight);
			const latency = 100 + Math.floor(random() * 400);
			vocu.stats.latencySum += latency;
			setTimeout(() => {
				inFlight--;
				vocu.stats.served++;
				vocu.stats.last = Date.now();
				json(res, 200, {
					status: 200,
					message: 'OK',
					data: {
						id: `gen-${vocu.stats.served}`,
						audio: 'https://storage.example/a.mp3',
						credit_used: 1,
					},
				});
				serveNext();
			}, latency);
		}
	};
	const hold = (res) => {
		const entry = { res };
		// Held past holdMs: Vocu answers 429 (the request was not processed).
		entry.timer = setTimeout(() => {
			queue.splice(queue.indexOf(entry), 1);
			vocu.stats.rejected++;
			vocu.stats.last = Date.now();
			json(res, 429, { status: 429, code: 'RATE_LIMIT_CONCURRENT', message: 'Too many' });
		}, vocu.holdMs);
		queue.push(entry);
	};
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			if (req.headers.authorization !== `Bearer ${API_KEY}`) {
				vocu.stats.badAuth++;
				return json(res, 401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized' });
			}
			if (req.url === '/api/account/info') {
				vocu.stats.quota++;
				return json(res, 200, {
					status: 200,
					message: 'OK',
					user: {
						id: 'u1',
						name: 'bench',
						credits: 1_000_000,
						quota: { syncBaseConcurrent: concurrency, syncPaidConcurrent: 0 },
					},
				});
			}
			if (!vocu.stats.first) vocu.stats.first = Date.now();
			hold(res);
			serveNext();
		});
	});
	vocu.server = server;
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			vocu.url = `http://127.0.0.1:${server.address().port}`;
			resolve(vocu);
		}),
	);
}

/** Time from the first generation request to the last answer, and the ideal: the served latencies back to back on C slots. */
function timing(vocu) {
	const { stats, concurrency } = vocu;
	const seconds = (stats.last - stats.first) / 1000;
	const ideal = stats.latencySum / concurrency / 1000;
	return { seconds, ideal, ratio: seconds / ideal };
}

module.exports = { startLimitedVocu, timing, VOICE_ID };
