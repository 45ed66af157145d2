/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import {
	createServer,
	type IncomingHttpHeaders,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';

export const TEST_API_KEY = 'sk-test0000000000000000000000000000';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	raw: Buffer;
	json?: unknown;
}

export interface Reply {
	status?: number;
	json?: unknown;
	body?: Buffer | string;
	headers?: Record<string, string>;
	/** Send the head, part of the body, then cut the connection. */
	truncateAfter?: number;
	/** Close the socket without answering. */
	destroy?: boolean;
	/** Answer after this many milliseconds (test servers may wait; node code may not). */
	delayMs?: number;
	/** Answer only once this settles: lets a test hold requests in flight until others have arrived. */
	after?: Promise<unknown>;
}

export interface Expectation {
	method: string;
	path: string;
	/** Query parameters that must be present with these values (others allowed). */
	query?: Record<string, string>;
	/** The exact JSON body, or a check that throws on a bad body. */
	body?: unknown;
	check?: (request: RecordedRequest) => void;
	reply: Reply | ((request: RecordedRequest) => Reply);
	times: number;
	calls: number;
}

type AuthRule = 'bearer' | 'none';

/**
 * A real HTTP server on 127.0.0.1 with a random port that plays Vocu (or the audio storage host). Every
 * request must match a registered expectation on method, path, query, headers and body; anything else is
 * answered 599 and reported by `done()`, so a test fails when the routing sends a wrong call.
 */
export class StubServer {
	readonly requests: RecordedRequest[] = [];

	readonly problems: string[] = [];

	private expectations: Expectation[] = [];

	private server!: Server;

	url = '';

	constructor(private readonly auth: AuthRule = 'bearer') {}

	static async start(auth: AuthRule = 'bearer'): Promise<StubServer> {
		return await new StubServer(auth).listen();
	}

	async listen(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () =>
				this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks), res),
			);
		});
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	on(
		method: string,
		path: string,
		options: Partial<Omit<Expectation, 'method' | 'path' | 'calls'>> = {},
	) {
		const expectation: Expectation = {
			method,
			path,
			times: 1,
			calls: 0,
			reply: { status: 200, json: { status: 200, message: 'OK' } },
			...options,
		};
		this.expectations.push(expectation);
		const chain = {
			reply: (status: number, json?: unknown, headers?: Record<string, string>) => {
				expectation.reply = { status, json, headers };
				return chain;
			},
			replyWith: (reply: Expectation['reply']) => {
				expectation.reply = reply;
				return chain;
			},
			times: (count: number) => {
				expectation.times = count;
				return chain;
			},
		};
		return chain;
	}

	/** Fails when an expected call did not happen or an unexpected or malformed call did. */
	done(): void {
		const missing = this.expectations
			.filter((e) => e.calls < e.times && e.times !== Infinity)
			.map((e) => `expected ${e.method} ${e.path} ${e.times}x, got ${e.calls}x`);
		const problems = [...this.problems, ...missing];
		this.reset();
		if (problems.length) throw new Error(`Stub server:\n${problems.join('\n')}`);
	}

	reset(): void {
		this.expectations = [];
		this.requests.length = 0;
		this.quotaReads.length = 0;
		this.problems.length = 0;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private handle(
		method: string,
		rawUrl: string,
		headers: IncomingHttpHeaders,
		raw: Buffer,
		res: ServerResponse,
	) {
		const url = new URL(rawUrl, 'http://stub');
		const request: RecordedRequest = {
			method,
			path: decodeURIComponent(url.pathname),
			query: Object.fromEntries(url.searchParams.entries()),
			headers,
			raw,
		};
		if (raw.length && String(headers['content-type'] ?? '').includes('json')) {
			try {
				request.json = JSON.parse(raw.toString('utf8'));
			} catch {
				this.problems.push(`${method} ${request.path}: body is not JSON`);
			}
		}
		if (this.isQuotaRead(request)) return this.answerQuotaRead(request, res);
		this.requests.push(request);

		const authProblem = this.checkAuth(headers);
		if (authProblem) {
			this.problems.push(`${method} ${request.path}: ${authProblem}`);
			return this.send(res, {
				status: 401,
				json: { status: 401, code: 'AUTH_UNAUTHORIZED', message: authProblem },
			});
		}
		const candidates = this.expectations.filter(
			(e) => e.method === method && e.path === request.path && e.calls < e.times,
		);
		if (!candidates.length) {
			this.problems.push(`unexpected ${method} ${request.path}?${url.searchParams.toString()}`);
			return this.send(res, { status: 599, json: { status: 599, message: 'unexpected call' } });
		}
		const expectation = candidates[0];
		expectation.calls++;
		const mismatch = this.compare(expectation, request);
		if (mismatch) {
			this.problems.push(`${method} ${request.path}: ${mismatch}`);
			return this.send(res, { status: 599, json: { status: 599, message: mismatch } });
		}
		const reply =
			typeof expectation.reply === 'function' ? expectation.reply(request) : expectation.reply;
		return this.send(res, reply);
	}

	/**
	 * The node reads the account's concurrency quota (account info) before its first generation and caches it. Unless
	 * a test registers account info itself, such reads are answered here with the sandbox's quota (1 + 2) and kept in
	 * `quotaReads`, not in `requests`, so tests of other calls need not expect them.
	 */
	readonly quotaReads: RecordedRequest[] = [];

	quota = { syncBaseConcurrent: 1, syncPaidConcurrent: 2 };

	private isQuotaRead(request: RecordedRequest): boolean {
		if (request.method !== 'GET' || request.path !== '/api/account/info' || this.auth === 'none')
			return false;
		return !this.expectations.some(
			(e) => e.method === 'GET' && e.path === request.path && e.calls < e.times,
		);
	}

	private answerQuotaRead(request: RecordedRequest, res: ServerResponse): void {
		this.quotaReads.push(request);
		const authProblem = this.checkAuth(request.headers);
		if (authProblem) {
			// As Vocu does: a wrong or missing key gets 401 (the credential test relies on it).
			this.problems.push(`GET ${request.path}: ${authProblem}`);
			this.send(res, {
				status: 401,
				json: { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized' },
			});
			return;
		}
		this.send(res, {
			status: 200,
			json: { status: 200, message: 'OK', user: { id: 'stub', quota: this.quota } },
		});
	}

	private checkAuth(headers: IncomingHttpHeaders): string | undefined {
		const authorization = headers.authorization;
		if (this.auth === 'none')
			return authorization ? 'Authorization header sent to a host that must not get it' : undefined;
		return authorization === `Bearer ${TEST_API_KEY}`
			? undefined
			: `bad Authorization header: ${authorization}`;
	}

	private compare(expectation: Expectation, request: RecordedRequest): string | undefined {
		for (const [key, value] of Object.entries(expectation.query ?? {})) {
			if (request.query[key] !== value)
				return `query ${key}=${request.query[key]} (expected ${value})`;
		}
		if (expectation.body !== undefined && !isDeepStrictEqual(request.json, expectation.body)) {
			return `body ${JSON.stringify(request.json)} (expected ${JSON.stringify(expectation.body)})`;
		}
		try {
			expectation.check?.(request);
		} catch (error) {
			return (error as Error).message;
		}
		return undefined;
	}

	private send(res: ServerResponse, reply: Reply): void {
		const write = () => {
			if (reply.destroy) {
				res.socket?.destroy();
				return;
			}
			const payload =
				reply.body !== undefined
					? Buffer.from(reply.body)
					: reply.json !== undefined
						? Buffer.from(JSON.stringify(reply.json))
						: Buffer.alloc(0);
			const headers: Record<string, string> = {
				...(reply.body === undefined && reply.json !== undefined
					? { 'content-type': 'application/json' }
					: {}),
				...reply.headers,
			};
			if (reply.truncateAfter !== undefined) {
				res.writeHead(reply.status ?? 200, {
					...headers,
					'content-length': String(payload.length),
				});
				res.write(payload.subarray(0, reply.truncateAfter));
				res.socket?.destroy();
				return;
			}
			res.writeHead(reply.status ?? 200, { ...headers, 'content-length': String(payload.length) });
			res.end(payload);
		};
		const answer = () => (reply.delayMs ? setTimeout(write, reply.delayMs) : write());
		if (reply.after) void reply.after.then(answer, answer);
		else answer();
	}
}

/**
 * A stub server for a jest `describe` block: started before its tests, checked with `done()` after each test
 * (unmet or unexpected calls fail it), closed at the end.
 */
export function useStubServer(auth: AuthRule = 'bearer'): StubServer {
	const stub = new StubServer(auth);
	beforeAll(async () => await stub.listen());
	afterEach(() => stub.done());
	afterAll(async () => await stub.close());
	return stub;
}

/** Vocu's success answer around `data`. */
export function envelope(data: unknown) {
	return { status: 200, message: 'OK', data };
}
