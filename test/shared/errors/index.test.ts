import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';

const accountGet = { resource: 'account', operation: 'get' };

describe('one error path for all operations', () => {
	const vocu = useStubServer();

	async function failWith(status: number, json: unknown, headers?: Record<string, string>) {
		vocu.on('GET', '/api/account/info').reply(status, json, headers);
		const run = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(run.items).toEqual([]);
		expect(JSON.stringify(run.run)).not.toContain(TEST_API_KEY);
		return run.error as unknown as { message: string; description: string; httpCode: string };
	}

	it('maps 401 to a message about the API key', async () => {
		const error = await failWith(401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized.' });
		expect(error.message).toBe('Vocu rejected the API key');
		expect(error.httpCode).toBe('401');
		expect(error.description).toContain('Code: AUTH_UNAUTHORIZED');
	});

	it('maps 500 and keeps the request ID for support', async () => {
		const error = await failWith(
			500,
			{ status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'boom' },
			{ 'X-Vocu-App-Request-Id': 'req-123' },
		);
		expect(error.message).toBe('Vocu had an internal error');
		expect(error.description).toContain('Request ID (for Vocu support): req-123');
		expect(error.description).toContain('Vocu says: boom');
	});

	it('treats a 2xx body whose status is not 200 as an error', async () => {
		const error = await failWith(200, { status: 403, message: 'Insufficient credits' });
		expect(error.message).toBe('Vocu refused the request');
		expect(error.httpCode).toBe('403');
		expect(error.description).toContain('Vocu says: Insufficient credits');
	});

	it('decodes an error body without a JSON content type', async () => {
		vocu.on('GET', '/api/account/info').replyWith({
			status: 413,
			body: JSON.stringify({ status: 413, code: 'UPLOAD_TOO_LARGE', message: 'too big' }),
			headers: { 'content-type': 'text/plain' },
		});
		const { error } = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The uploaded file is too large');
	});

	it('reports a network error without leaking the key', async () => {
		vocu.on('GET', '/api/account/info').replyWith({ destroy: true });
		const { error, run } = await runVocu(accountGet, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeDefined();
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});

	it('sends nothing when the custom base URL is not allowed', async () => {
		const { error } = await runVocu(accountGet, {
			credentials: vocuCredentials(vocu.url.replace('127.0.0.1', 'example.com')),
		});
		expect(error?.message).toBe('The custom base URL in the Vocu credential is not allowed');
		expect(vocu.requests).toHaveLength(0);
	});

	it('continues with an error item per failed item when Continue On Fail is on', async () => {
		vocu.on('GET', '/api/account/info').times(2).reply(500, { status: 500, message: 'down' });
		const { items, error } = await runVocu(accountGet, {
			credentials: vocuCredentials(vocu.url),
			items: [{ json: {} }, { json: {} }],
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.error)).toEqual(['Vocu had an internal error', 'Vocu had an internal error']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
