import { retryDelayMs } from '../../../nodes/Vocu/shared/transport/retry';
import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';

const accountGet = { resource: 'account', operation: 'get' };
const ok = { status: 200, message: 'OK', user: { id: 'u1' } };

describe('rate limits and transient faults', () => {
	const vocu = useStubServer();

	it('retries a 429 after the Retry-After delay', async () => {
		vocu
			.on('GET', '/api/account/info')
			.reply(429, { status: 429, code: 'RATE_LIMIT_EXCEEDED' }, { 'Retry-After': '1' });
		vocu.on('GET', '/api/account/info').reply(200, ok);
		const started = Date.now();
		const { items, error } = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'u1' });
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	it('retries 429 without Retry-After and 503 with backoff', async () => {
		vocu.on('GET', '/api/account/info').reply(429, { status: 429, code: 'RATE_LIMIT_CONCURRENT' });
		vocu
			.on('GET', '/api/account/info')
			.reply(503, { status: 503, code: 'NO_WORKER_AVAILABLE' }, { 'Retry-After': '0' });
		vocu.on('GET', '/api/account/info').reply(200, ok);
		const { items, error } = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'u1' });
	});

	it('gives up after Max Attempts with the rate-limit message', async () => {
		vocu
			.on('GET', '/api/account/info')
			.times(2)
			.reply(429, { status: 429, code: 'RATE_LIMIT_EXCEEDED' }, { 'Retry-After': '0' });
		const { error } = await runVocu(
			{ ...accountGet, requestOptions: { maxAttempts: 2 } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu rate limit reached');
	});

	it('does not retry when Retry on Rate Limit is off', async () => {
		vocu.on('GET', '/api/account/info').reply(429, { status: 429, code: 'RATE_LIMIT_EXCEEDED' });
		const { error } = await runVocu(
			{ ...accountGet, requestOptions: { retryOnRateLimit: false } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu rate limit reached');
	});

	it('does not retry other failures', async () => {
		vocu.on('GET', '/api/account/info').reply(500, { status: 500, code: 'SYSTEM_INTERNAL_ERROR' });
		const { error } = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Vocu had an internal error');
	});
});

describe('retryDelayMs', () => {
	it('uses Retry-After seconds, capped at two minutes', () => {
		expect(retryDelayMs(1, '3')).toBe(3000);
		expect(retryDelayMs(1, '3600')).toBe(120_000);
	});
	it('uses a Retry-After HTTP date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryDelayMs(1, 'Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
	});
	it('backs off exponentially up to 30 s without Retry-After', () => {
		expect([1, 2, 3, 6, 10].map((attempt) => retryDelayMs(attempt))).toEqual([
			1000, 2000, 4000, 30_000, 30_000,
		]);
	});
});
