import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	decodeBody,
	describeVocuFailure,
	operationKeyOf,
	vocuApiError,
} from '../../../nodes/Vocu/shared/errors';
import { callVocu } from '../../../nodes/Vocu/shared/transport/request';
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
		const error = await failWith(401, {
			status: 401,
			code: 'AUTH_UNAUTHORIZED',
			message: 'Unauthorized.',
		});
		expect(error.message).toBe('Vocu rejected the API key');
		expect(error.httpCode).toBe('AUTH_UNAUTHORIZED (HTTP 401)');
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
		// A read is sent again after a failed connection (Max Attempts on Rate Limit, here 2), then reported.
		vocu.on('GET', '/api/account/info').times(2).replyWith({ destroy: true });
		const { error, run } = await runVocu(
			{ ...accountGet, requestOptions: { maxAttempts: 2 } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeDefined();
		expect(vocu.requests).toHaveLength(2);
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});

	it('sends nothing when the custom base URL is not allowed', async () => {
		const { error } = await runVocu(accountGet, {
			credentials: vocuCredentials(vocu.url.replace('127.0.0.1', 'example.com')),
		});
		expect(error?.message).toMatch(
			/Custom Base URL in the Vocu credential must start with https:\/\//,
		);
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
		expect(items.map((item) => item.json.error)).toEqual([
			'Vocu had an internal error',
			'Vocu had an internal error',
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('describeVocuFailure', () => {
	it('is undefined for a success, with or without an envelope', () => {
		expect(describeVocuFailure(200, { status: 200, data: {} })).toBeUndefined();
		expect(describeVocuFailure(204, undefined)).toBeUndefined();
		expect(describeVocuFailure(200, Buffer.from('ID3 audio bytes'))).toBeUndefined();
	});

	it('prefers the operation’s own explanation, then the code’s, then the status’s', () => {
		const share = describeVocuFailure(
			404,
			{ status: 404, code: 'RESOURCE_NOT_FOUND' },
			{},
			'voice.addByShareId',
		);
		expect(share?.message).toBe('Share ID does not exist or has expired');
		expect(
			describeVocuFailure(404, { status: 404, code: 'VOICE_NOT_FOUND' }, {}, 'task.getAll')
				?.message,
		).toBe('The voice does not exist in this account');
		expect(describeVocuFailure(404, { status: 404 })?.message).toBe('The resource does not exist');
		expect(describeVocuFailure(507, 'Insufficient Storage')?.message).toBe(
			'Vocu had an internal error',
		);
		expect(describeVocuFailure(302, '')?.message).toBe('Vocu answered with HTTP 302');
	});

	it('lists what Vocu said, its code, the field and the request ID', () => {
		const failure = describeVocuFailure(
			400,
			{
				status: 400,
				code: 'VALIDATION_MISSING_FIELD',
				message: 'text is required',
				detail: { field: 'text' },
			},
			{ 'X-Vocu-App-Request-Id': 'req-9' },
		);
		expect(failure?.description).toBe(
			'Fill in the field Vocu names below. · Vocu says: text is required · Code: VALIDATION_MISSING_FIELD · Field: text · Request ID (for Vocu support): req-9',
		);
		expect(failure?.requestId).toBe('req-9');
	});

	it('reads JSON error bodies that arrive as bytes, and flags unreadable JSON answers', () => {
		const bytes = Buffer.from(JSON.stringify({ status: 429, code: 'RATE_LIMIT_CONCURRENT' }));
		expect(describeVocuFailure(429, bytes)?.code).toBe('RATE_LIMIT_CONCURRENT');
		expect(decodeBody(bytes)).toEqual({ status: 429, code: 'RATE_LIMIT_CONCURRENT' });
		expect(decodeBody('<html>')).toBe('<html>');
		expect(describeVocuFailure(200, '<html>proxy</html>', {}, 'account.get', true)?.message).toBe(
			'Vocu sent an answer that is not valid JSON',
		);
		expect(
			describeVocuFailure(200, '<html>proxy</html>', {}, 'account.get', false),
		).toBeUndefined();
	});
});

describe('callVocu maps the answer', () => {
	const node = { name: 'Vocu' } as INode;
	const context = {
		getNode: () => node,
		getItemIndex: () => 2,
		getNodeParameter: (name: string, fallback: unknown) =>
			({ resource: 'task', operation: 'delete' })[name] ?? fallback,
	} as unknown as IExecuteSingleFunctions;
	const options = { method: 'DELETE' as const, url: '/api/tts/generate/1', json: true };
	const answering = (answer: IN8nHttpFullResponse) => ({
		options,
		operationKey: operationKeyOf(context),
		send: async () => answer,
	});
	const response = (statusCode: number, body: unknown) =>
		({ statusCode, body, headers: {} }) as IN8nHttpFullResponse;

	it('passes items of a success through and names the running operation', async () => {
		const answer = response(200, { status: 200 });
		await expect(callVocu(context, answering(answer))).resolves.toBe(answer);
		expect(operationKeyOf(context)).toBe('task.delete');
	});

	it('throws NodeApiError with the operation’s message, HTTP code and item', async () => {
		const error = (await callVocu(context, answering(response(403, { status: 403 }))).catch(
			(caught: unknown) => caught,
		)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('The task is still running and cannot be deleted yet');
		expect(error.httpCode).toBe('403');
		expect(error.context.itemIndex).toBe(2);
	});

	it('builds the error from a failure without echoing headers', () => {
		const failure = describeVocuFailure(500, { status: 500 }, { authorization: 'Bearer secret' });
		const error = vocuApiError(node, failure!, 0);
		expect(error.description).not.toContain('secret');
		expect(error.httpCode).toBe('500');
	});
});
