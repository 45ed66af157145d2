'use strict';
// Fault injection: answer matching requests with an error status (e.g. 429 + Retry-After, 500), delay them, or
// drop the connection, a given number of times. Set via SANDBOX_FAULTS (JSON) or POST /__sandbox/faults.
//
// A fault: { path, method?, target?: "api"|"storage", status?, code?, message?, retryAfter?, times?, delayMs?, destroy? }
//   path     exact path, or a prefix ending in "*" ("/api/tts/*"); matched against the path without query
//   times    how many matching requests it applies to (default 1; 0 = every request until cleared)
//   status   error status to answer; without status (and without destroy) only the delay applies

//
// Chaos (random faults, for soak runs): { rate, storageRate?, seed?, kinds?, paths? } via SANDBOX_CHAOS (JSON) or the
// `chaos` option. Each matching API request gets, with probability `rate`, one of `kinds` (default: all of
// CHAOS_KINDS); storage downloads get "truncated-audio" with probability `storageRate`. Faults marked `after` are
// applied once the route has run (the generation happened and was charged, but the answer is lost or broken).

const { VocuError, defaultCode } = require('./http');

/** What a random fault does. `after`: applied once the route has run; `truncate`: storage sends part of the file. */
const CHAOS_KINDS = {
	'429-retry-after': { status: 429, code: 'RATE_LIMIT_CONCURRENT', retryAfter: 1 },
	'429-retry-after-0': { status: 429, code: 'RATE_LIMIT_EXCEEDED', retryAfter: 0 },
	'429-no-retry-after': { status: 429, code: 'RATE_LIMIT_EXCEEDED' },
	503: { status: 503, code: 'NO_WORKER_AVAILABLE', retryAfter: 0 },
	500: { status: 500, code: 'SYSTEM_INTERNAL_ERROR' },
	'reset-before-body': { destroy: true },
	'reset-after-body': { after: 'destroy' },
	timeout: { after: 'hold' },
	'malformed-json': { after: 'malformed' },
};

/** A deterministic random source (same seed, same faults). */
function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

class Chaos {
	constructor({
		rate = 0.1,
		storageRate = 0,
		seed = 1,
		kinds = Object.keys(CHAOS_KINDS),
		paths = ['/api/*'],
		holdMs = 0,
	} = {}) {
		this.rate = rate;
		this.storageRate = storageRate;
		this.random = seeded(seed);
		this.kinds = kinds.map(String);
		this.paths = paths;
		this.holdMs = holdMs;
		this.hits = {};
	}

	pick(target, pathname) {
		if (target === 'storage') {
			if (this.random() >= this.storageRate) return undefined;
			return this.count('truncated-audio', { truncate: true });
		}
		if (!this.paths.some((path) => matches(path, pathname)) || this.random() >= this.rate)
			return undefined;
		const kind = this.kinds[Math.floor(this.random() * this.kinds.length)];
		const spec = CHAOS_KINDS[kind];
		return this.count(kind, {
			...spec,
			delayMs: spec.after === 'hold' ? this.holdMs : 0,
			message: spec.status
				? `Injected fault (HTTP ${spec.status}) from the Vocu sandbox`
				: undefined,
		});
	}

	count(kind, fault) {
		this.hits[kind] = (this.hits[kind] ?? 0) + 1;
		return { kind, ...fault };
	}
}

function matches(path, pathname) {
	return path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : path === pathname;
}

class Faults {
	constructor() {
		this.list = [];
		this.chaos = undefined;
	}

	/** Turns random faults on (see Chaos above), or off with undefined. */
	setChaos(options) {
		this.chaos = options ? new Chaos(options) : undefined;
	}

	/** Validates and adds one fault or an array of them; returns the added faults. */
	add(input) {
		const specs = Array.isArray(input) ? input : [input];
		const added = specs.map((spec) => {
			if (!spec || typeof spec.path !== 'string' || !spec.path.startsWith('/')) {
				throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'A fault needs a path starting with "/"');
			}
			if (
				spec.status !== undefined &&
				!(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)
			) {
				throw new VocuError(
					400,
					'VALIDATION_BAD_PARAMS',
					'status must be an HTTP error status (400–599)',
				);
			}
			return {
				path: spec.path,
				method: spec.method ? String(spec.method).toUpperCase() : undefined,
				target: spec.target === 'storage' ? 'storage' : 'api',
				status: spec.status,
				code: spec.code ?? (spec.status ? defaultCode(spec.status) : undefined),
				message:
					spec.message ??
					(spec.status ? `Injected fault (HTTP ${spec.status}) from the Vocu sandbox` : undefined),
				retryAfter: spec.retryAfter,
				remaining: spec.times === undefined ? 1 : Number(spec.times) || Number.POSITIVE_INFINITY,
				delayMs: Number(spec.delayMs) || 0,
				destroy: spec.destroy === true,
				hits: 0,
			};
		});
		this.list.push(...added);
		return added;
	}

	clear() {
		this.list = [];
	}

	/** The first live fault matching this request, counted as used. */
	take(target, method, pathname) {
		const fault = this.list.find(
			(item) =>
				item.remaining > 0 &&
				item.target === target &&
				(!item.method || item.method === method) &&
				matches(item.path, pathname),
		);
		if (!fault) return this.chaos?.pick(target, pathname);
		fault.remaining -= 1;
		fault.hits += 1;
		return fault;
	}

	view() {
		return this.list.map(({ remaining, ...fault }) => ({
			...fault,
			remaining: Number.isFinite(remaining) ? remaining : 'unlimited',
		}));
	}
}

module.exports = { Faults, CHAOS_KINDS };
