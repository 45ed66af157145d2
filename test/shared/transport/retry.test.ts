import { retryDelayMs } from '../../../nodes/Vocu/shared/transport/retry';
import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
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

	it('retries a 429 in a hook’s own request like routing does (Template → Update’s re-read)', async () => {
		const id = 'c0a80101-0000-4000-8000-000000000001';
		vocu.on('POST', `/api/template/${id}`).reply(200, { status: 200, message: 'OK' });
		vocu
			.on('GET', `/api/template/${id}`)
			.reply(429, { status: 429, code: 'RATE_LIMIT_EXCEEDED' }, { 'Retry-After': '0' });
		vocu.on('GET', `/api/template/${id}`).reply(200, { status: 200, data: { id, name: 'Intro' } });
		const { items, error } = await runVocu(
			{
				resource: 'template',
				operation: 'update',
				templateId: { __rl: true, mode: 'id', value: id },
				templateName: 'Intro',
				segments: { segment: [{ voiceId: id, text: 'Hi' }] },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`POST /api/template/${id}`,
			`GET /api/template/${id}`,
			`GET /api/template/${id}`,
		]);
		expect(items[0].json).toEqual({ id, name: 'Intro' });
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

describe('download of generated audio', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');
	const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(4096, 5)]);
	const audio = { status: 200, body: mp3, headers: { 'content-type': 'audio/mpeg' } };

	it('tries again when the storage host cuts the first download short, and yields the whole MP3', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, {
			status: 200,
			data: { id: 'gen-1', audio: `${storage.url}/generate/gen-1.mp3`, creditUsed: 5 },
		});
		storage.on('GET', '/generate/gen-1.mp3').replyWith({ ...audio, truncateAfter: 100 });
		storage.on('GET', '/generate/gen-1.mp3').replyWith(audio);
		const { items, error } = await runVocu(
			{
				resource: 'speech',
				operation: 'generate',
				voiceId: { __rl: true, mode: 'id', value: '6765cf49-c73a-4fae-985d-806b782ec4f2' },
				styleId: 'default',
				text: 'Hello',
				generationMode: 'plain',
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests).toHaveLength(1);
		expect(storage.requests).toHaveLength(2);
		expect(await binaryOutput(items[0].binary!.data)).toEqual(mp3);
	});
});
