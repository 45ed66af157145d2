'use strict';
// Small HTTP helpers shared by the sandbox's two servers: Vocu-shaped errors, JSON replies, body reading, routing.

/** A failure answered in Vocu's edition-C shape: `{ status, code, message }` with the same HTTP status. */
class VocuError extends Error {
	constructor(status, code, message, extra = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.extra = extra;
	}
}

const DEFAULT_CODES = {
	400: 'VALIDATION_BAD_PARAMS',
	401: 'AUTH_UNAUTHORIZED',
	403: 'AUTH_FORBIDDEN',
	404: 'RESOURCE_NOT_FOUND',
	409: 'VOICE_CREATING',
	413: 'UPLOAD_TOO_LARGE',
	429: 'RATE_LIMIT_EXCEEDED',
	500: 'SYSTEM_INTERNAL_ERROR',
	503: 'NO_WORKER_AVAILABLE',
};

function defaultCode(status) {
	return (
		DEFAULT_CODES[status] ?? (status >= 500 ? 'SYSTEM_INTERNAL_ERROR' : 'VALIDATION_BAD_PARAMS')
	);
}

function sendJson(res, status, body, headers = {}) {
	if (res.headersSent) return res.end();
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

function sendError(res, error, headers = {}) {
	const requestId = res.getHeader('X-Vocu-App-Request-Id');
	sendJson(
		res,
		error.status,
		{
			status: error.status,
			code: error.code,
			message: error.message,
			...(requestId ? { requestId } : {}),
			...error.extra,
		},
		headers,
	);
}

/** `{ status: 200, message: "OK", ...extra }`: Vocu's success envelope. */
function ok(extra = {}) {
	return { status: 200, message: 'OK', ...extra };
}

/** Reads the whole request body; answers 413 once `limitBytes` is exceeded. */
function readBody(req, limitBytes) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limitBytes) {
				reject(new VocuError(413, 'UPLOAD_TOO_LARGE', `Request body exceeds ${limitBytes} bytes`));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function parseJsonBody(buffer) {
	if (!buffer.length) return {};
	try {
		const value = JSON.parse(buffer.toString('utf8'));
		if (value && typeof value === 'object' && !Array.isArray(value)) return value;
	} catch {
		// fall through
	}
	throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', 'The request body must be a JSON object');
}

/** A method + path table with `:name` segments, e.g. `route('GET', '/api/voice/:id', handler)`. */
class Router {
	constructor() {
		this.routes = [];
	}

	route(method, pattern, handler) {
		const names = [];
		const source = pattern
			.split('/')
			.map((segment) => {
				if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				names.push(segment.slice(1));
				return '([^/]+)';
			})
			.join('/');
		this.routes.push({ method, regex: new RegExp(`^${source}$`), names, handler });
		return this;
	}

	/** The matching route with decoded params, or `{ allowed }` listing methods when only the path matched. */
	match(method, pathname) {
		const allowed = [];
		for (const route of this.routes) {
			const found = route.regex.exec(pathname);
			if (!found) continue;
			if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
				allowed.push(route.method);
				continue;
			}
			const params = {};
			route.names.forEach((name, index) => {
				params[name] = decodeURIComponent(found[index + 1]);
			});
			return { handler: route.handler, params };
		}
		return { allowed };
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = {
	VocuError,
	defaultCode,
	sendJson,
	sendError,
	ok,
	readBody,
	parseJsonBody,
	Router,
	sleep,
};
