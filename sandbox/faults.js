'use strict';
// Fault injection: answer matching requests with an error status (e.g. 429 + Retry-After, 500), delay them, or
// drop the connection, a given number of times. Set via SANDBOX_FAULTS (JSON) or POST /__sandbox/faults.
//
// A fault: { path, method?, target?: "api"|"storage", status?, code?, message?, retryAfter?, times?, delayMs?, destroy? }
//   path     exact path, or a prefix ending in "*" ("/api/tts/*"); matched against the path without query
//   times    how many matching requests it applies to (default 1; 0 = every request until cleared)
//   status   error status to answer; without status (and without destroy) only the delay applies

const { VocuError, defaultCode } = require('./http');

class Faults {
	constructor() {
		this.list = [];
	}

	/** Validates and adds one fault or an array of them; returns the added faults. */
	add(input) {
		const specs = Array.isArray(input) ? input : [input];
		const added = specs.map((spec) => {
			if (!spec || typeof spec.path !== 'string' || !spec.path.startsWith('/')) {
				throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'A fault needs a path starting with "/"');
			}
			if (spec.status !== undefined && !(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)) {
				throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'status must be an HTTP error status (400–599)');
			}
			return {
				path: spec.path,
				method: spec.method ? String(spec.method).toUpperCase() : undefined,
				target: spec.target === 'storage' ? 'storage' : 'api',
				status: spec.status,
				code: spec.code ?? (spec.status ? defaultCode(spec.status) : undefined),
				message: spec.message ?? (spec.status ? `Injected fault (HTTP ${spec.status}) from the Vocu sandbox` : undefined),
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
				(item.path.endsWith('*') ? pathname.startsWith(item.path.slice(0, -1)) : item.path === pathname),
		);
		if (!fault) return undefined;
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

module.exports = { Faults };
