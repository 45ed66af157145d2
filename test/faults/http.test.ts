import type { INodeParameters } from 'n8n-workflow';

import { describeVocuFailure } from '../../nodes/Vocu/shared/errors';
import type { Reply } from '../harness/stubServer';
import templateGet from '../fixtures/api/template.get.json';
import taskGet from '../fixtures/api/task.get.json';
import { inputItems, timed, useFaultStubs, type FaultStubs } from './helpers';
import { IDS, operationCase } from './operations';

/** A Vocu error answer: C's `ErrorResponse` when a code is given, else an A-style `{status, message}` or nothing. */
function answer(
	status: number,
	code?: string,
	extra: Record<string, unknown> = {},
	headers: Record<string, string> = {},
): Reply {
	const json =
		code === undefined && !Object.keys(extra).length
			? undefined
			: { status, ...(code ? { code } : {}), ...extra };
	return { status, json, headers };
}

interface Row {
	name: string;
	op: string;
	/** Consecutive answers to the failing call (retries included). */
	replies: Reply[];
	/** The failing call; default: the operation's first call. */
	at?: { method: string; path: string };
	/** Calls that succeed before the failing one. */
	before?: (stubs: FaultStubs) => void;
	params?: INodeParameters;
	message: string;
	httpCode?: string;
	/** Texts the error description contains. */
	says?: string[];
	/** The run takes at least this long (retry waits). */
	minMs?: number;
}

const noRetry = { requestOptions: { retryOnRateLimit: false } };
const oneAttempt = { requestOptions: { maxAttempts: 1 } };
const taskPath = `/api/tts/generate/${IDS.task}`;
const templatePath = `/api/template/${IDS.template}`;

const ROWS: Row[] = [
	// 400
	{
		name: '400 VALIDATION_MISSING_FIELD names the field',
		op: 'template.create',
		replies: [
			answer(400, 'VALIDATION_MISSING_FIELD', {
				message: 'contents is required',
				detail: { field: 'contents' },
			}),
		],
		message: 'A required value is missing',
		httpCode: 'VALIDATION_MISSING_FIELD (HTTP 400)',
		says: ['Field: contents', 'Vocu says: contents is required', 'Code: VALIDATION_MISSING_FIELD'],
	},
	{
		name: '400 VALIDATION_BAD_PARAMS',
		op: 'voice.deleteStyle',
		replies: [answer(400, 'VALIDATION_BAD_PARAMS', { message: 'default style cannot be deleted' })],
		message: 'Vocu rejected a parameter',
		says: ['Vocu says: default style cannot be deleted'],
	},
	{
		name: '400 without a body',
		op: 'speech.generate',
		replies: [answer(400)],
		message: 'Vocu rejected the request parameters',
		httpCode: '400',
	},
	{
		name: '400 MINIMUM_DURATION_NOT_MET',
		op: 'voice.create',
		replies: [answer(400, 'MINIMUM_DURATION_NOT_MET')],
		message: 'The audio sample is too short',
		says: ['at least 3 seconds'],
	},
	{
		name: '400 TTS_CONTENTS_INVALID',
		op: 'task.create',
		replies: [answer(400, 'TTS_CONTENTS_INVALID')],
		message: 'Vocu rejected one of the task segments [item 0]',
	},
	{
		name: '400 TTS_INPUT_AUDIO_INVALID',
		op: 'speech.stream',
		replies: [answer(400, 'TTS_INPUT_AUDIO_INVALID')],
		message: 'The input audio is not usable',
	},
	// 401
	{
		name: '401 AUTH_UNAUTHORIZED',
		op: 'account.get',
		replies: [answer(401, 'AUTH_UNAUTHORIZED', { message: 'Unauthorized.' })],
		message: 'Vocu rejected the API key',
		httpCode: 'AUTH_UNAUTHORIZED (HTTP 401)',
		says: ['Check the API key'],
	},
	{
		name: '401 without a body',
		op: 'voice.getAll',
		replies: [answer(401)],
		message: 'Vocu rejected the API key',
		httpCode: '401',
	},
	// 403
	{
		name: '403 TTS_PAID_ONLY',
		op: 'speech.generate',
		replies: [answer(403, 'TTS_PAID_ONLY')],
		message: 'Synchronous generation needs a paid Vocu account',
		says: ['Task → Create'],
	},
	{
		name: '403 BILLING_INSUFFICIENT_CREDIT',
		op: 'task.create',
		replies: [answer(403, 'BILLING_INSUFFICIENT_CREDIT')],
		message: 'Not enough Vocu credits',
		httpCode: 'BILLING_INSUFFICIENT_CREDIT (HTTP 403)',
	},
	{
		name: '403 on Task → Delete means still running',
		op: 'task.delete',
		replies: [answer(403)],
		message: 'The task is still running and cannot be deleted yet',
	},
	{
		name: '403 AUTH_FORBIDDEN',
		op: 'voice.addStyle',
		replies: [answer(403, 'AUTH_FORBIDDEN')],
		message: 'This account may not change that resource',
	},
	{
		name: '403 without a code',
		op: 'voice.uploadAvatar',
		replies: [answer(403, undefined, { message: 'Forbidden' })],
		message: 'Vocu refused the request',
		says: ['Vocu says: Forbidden'],
	},
	// 404
	{
		name: '404 VOICE_NOT_FOUND',
		op: 'voice.get',
		replies: [answer(404, 'VOICE_NOT_FOUND')],
		message: 'The voice does not exist in this account',
		httpCode: 'VOICE_NOT_FOUND (HTTP 404)',
	},
	{
		name: '404 on Add by Share ID',
		op: 'voice.addByShareId',
		replies: [answer(404)],
		message: 'Share ID does not exist or has expired',
		says: ['Share IDs work once'],
	},
	{
		name: '404 on a task path',
		op: 'task.get',
		replies: [answer(404)],
		message: 'The task does not exist',
	},
	{
		name: '404 RESOURCE_NOT_FOUND on a template path',
		op: 'template.delete',
		replies: [answer(404, 'RESOURCE_NOT_FOUND')],
		message: 'The template does not exist',
	},
	{
		name: '404 on an upload',
		op: 'file.finishUpload',
		replies: [answer(404)],
		message: 'The upload does not exist',
	},
	// 409
	{
		name: '409 VOICE_CREATING (stream answers JSON)',
		op: 'speech.stream',
		replies: [answer(409, 'VOICE_CREATING')],
		message: 'The voice is still being created',
		httpCode: 'VOICE_CREATING (HTTP 409)',
	},
	{
		name: '409 without a code',
		op: 'voice.deleteStyle',
		replies: [answer(409)],
		message: 'The voice is still being created',
	},
	// 413
	{
		name: '413 VOICE_PROMPT_TOO_LARGE',
		op: 'voice.addStyle',
		replies: [answer(413, 'VOICE_PROMPT_TOO_LARGE')],
		message: 'The audio sample is too large',
		httpCode: 'VOICE_PROMPT_TOO_LARGE (HTTP 413)',
	},
	{
		name: '413 UPLOAD_TOO_LARGE',
		op: 'file.uploadAudio',
		replies: [answer(413, 'UPLOAD_TOO_LARGE')],
		message: 'The uploaded file is too large',
	},
	// 429
	{
		name: '429 with Retry-After: waits as asked, then gives up after Max Attempts',
		op: 'voice.get',
		params: { requestOptions: { maxAttempts: 2 } },
		replies: [0, 1].map(() => answer(429, 'RATE_LIMIT_EXCEEDED', {}, { 'Retry-After': '1' })),
		message: 'Vocu rate limit reached',
		httpCode: 'RATE_LIMIT_EXCEEDED (HTTP 429)',
		says: ['Items per Batch'],
		minMs: 950,
	},
	{
		name: '429 without Retry-After: backs off 1 s, then gives up (paginated list)',
		op: 'task.getAll',
		params: { requestOptions: { maxAttempts: 2 } },
		replies: [0, 1].map(() => answer(429, 'RATE_LIMIT_EXCEEDED')),
		message: 'Vocu rate limit reached',
		minMs: 950,
	},
	{
		name: '429 RATE_LIMIT_CONCURRENT with retries off: one call',
		op: 'speech.generate',
		params: noRetry,
		replies: [answer(429, 'RATE_LIMIT_CONCURRENT')],
		message: 'Too many simultaneous generations for this account',
		says: ['quota.syncBaseConcurrent'],
	},
	// 500
	{
		name: '500 keeps the X-Vocu-App-Request-Id header',
		op: 'voice.create',
		replies: [
			answer(
				500,
				'SYSTEM_INTERNAL_ERROR',
				{ message: 'boom' },
				{ 'X-Vocu-App-Request-Id': 'req-500' },
			),
		],
		message: 'Vocu had an internal error',
		httpCode: 'SYSTEM_INTERNAL_ERROR (HTTP 500)',
		says: ['Request ID (for Vocu support): req-500', 'Vocu says: boom'],
	},
	{
		name: '500 TTS_GENERATE_FAILED with the request ID in the body',
		op: 'speech.generate',
		replies: [
			answer(500, 'TTS_GENERATE_FAILED', { requestId: '6c5e4c36-4d0a-4c1e-9d4a-4a3f7c1b2a10' }),
		],
		message: 'Vocu failed to generate the audio',
		says: ['not charged', 'Request ID (for Vocu support): 6c5e4c36-4d0a-4c1e-9d4a-4a3f7c1b2a10'],
	},
	{
		name: '500 with an HTML body',
		op: 'template.get',
		replies: [
			{
				status: 500,
				body: '<html>Internal Server Error</html>',
				headers: { 'content-type': 'text/html' },
			},
		],
		message: 'Vocu had an internal error',
	},
	// 502 / 503
	{
		name: '502 bad gateway',
		op: 'task.regenerate',
		replies: [answer(502)],
		message: 'Vocu is unreachable (bad gateway)',
		httpCode: '502',
	},
	{
		name: '503 STORAGE_UNAVAILABLE with one attempt',
		op: 'file.uploadAudio',
		params: oneAttempt,
		replies: [answer(503, 'STORAGE_UNAVAILABLE', {}, { 'X-Vocu-App-Request-Id': 'req-503' })],
		message: 'Vocu storage is temporarily unavailable',
		httpCode: 'STORAGE_UNAVAILABLE (HTTP 503)',
		says: ['Request ID (for Vocu support): req-503'],
	},
	{
		name: '503 NO_WORKER_AVAILABLE is retried (not processed, so not charged twice)',
		op: 'task.create',
		params: { requestOptions: { maxAttempts: 2 } },
		replies: [0, 1].map(() => answer(503, 'NO_WORKER_AVAILABLE', {}, { 'Retry-After': '0' })),
		message: 'Vocu has no free worker right now',
	},
	{
		name: '503 without a code',
		op: 'voice.getShareId',
		params: oneAttempt,
		replies: [answer(503)],
		message: 'Vocu is temporarily unavailable',
	},
	// failures in code paths (vocuRequest)
	{
		name: "Regenerate's new task is refused (403)",
		op: 'task.regenerate',
		before: ({ vocu }) => vocu.on('GET', taskPath).reply(200, taskGet.response.body),
		at: { method: 'POST', path: '/api/tts/generate' },
		replies: [answer(403, 'BILLING_INSUFFICIENT_CREDIT')],
		message: 'Not enough Vocu credits',
	},
	{
		name: "Template → Update's re-read finds no template (404)",
		op: 'template.update',
		before: ({ vocu }) => vocu.on('POST', templatePath).reply(200, { status: 200, message: 'OK' }),
		at: { method: 'GET', path: templatePath },
		replies: [answer(404, 'RESOURCE_NOT_FOUND')],
		message: 'The template does not exist',
	},
	// malformed bodies
	{
		name: 'malformed JSON with 200',
		op: 'voice.get',
		replies: [
			{
				status: 200,
				body: '{"status":200,"data":{"id":',
				headers: { 'content-type': 'application/json' },
			},
		],
		message: 'Vocu sent an answer that is not valid JSON',
		httpCode: '200',
	},
	{
		name: 'malformed JSON with 200 on a charged request',
		op: 'task.create',
		replies: [
			{ status: 200, body: '{"status":200,"da', headers: { 'content-type': 'application/json' } },
		],
		message: 'Vocu sent an answer that is not valid JSON',
		says: ['may have run'],
	},
	{
		name: 'a proxy page with 200 in a code path',
		op: 'template.update',
		before: ({ vocu }) => vocu.on('POST', templatePath).reply(200, { status: 200, message: 'OK' }),
		at: { method: 'GET', path: templatePath },
		replies: [
			{ status: 200, body: '<html>Please log in</html>', headers: { 'content-type': 'text/html' } },
		],
		message: 'Vocu sent an answer that is not valid JSON',
	},
	// 2xx whose body status is not 200
	{
		name: '200 with body status 403',
		op: 'speech.generate',
		replies: [{ status: 200, json: { status: 403, message: 'Insufficient credits' } }],
		message: 'Vocu refused the request',
		httpCode: '403',
		says: ['Vocu says: Insufficient credits'],
	},
	{
		name: '200 with body status 404 on a voice path',
		op: 'voice.get',
		replies: [{ status: 200, json: { status: 404, message: 'not found' } }],
		message: 'The voice does not exist in this account',
		httpCode: '404',
	},
	{
		name: '200 with body status 500 and a code',
		op: 'task.create',
		replies: [{ status: 200, json: { status: 500, code: 'TTS_GENERATE_FAILED', message: 'x' } }],
		message: 'Vocu failed to generate the audio',
	},
	{
		name: '200 with body status 429 on the stream',
		op: 'speech.stream',
		replies: [{ status: 200, json: { status: 429, code: 'RATE_LIMIT_CONCURRENT' } }],
		message: 'Too many simultaneous generations for this account',
	},
	{
		name: '200 JSON success instead of audio on the stream',
		op: 'speech.stream',
		replies: [{ status: 200, json: { status: 200, message: 'OK' } }],
		message: 'Vocu sent application/json instead of audio',
	},
	{
		name: 'Get Share ID answer without a share ID',
		op: 'voice.getShareId',
		replies: [{ status: 200, json: { status: 200, message: 'OK', data: {} } }],
		message: 'Vocu answered without a share ID',
	},
	{
		name: 'upload answer without an upload ID',
		op: 'file.createUpload',
		replies: [{ status: 200, json: { status: 200, message: 'OK', data: { id: '../x' } } }],
		message: 'Vocu did not return an upload ID',
	},
];

describe('fault matrix: HTTP errors, malformed bodies and error envelopes', () => {
	const { stubs, run } = useFaultStubs();

	it.each(ROWS.map((row) => [`${row.op}: ${row.name}`, row] as const))('%s', async (_name, row) => {
		const op = operationCase(row.op);
		row.before?.(stubs);
		const target = row.at ?? op.first;
		for (const reply of row.replies) stubs.vocu.on(target.method, target.path).replyWith(reply);

		const [{ items, failure }, elapsed] = await timed(
			async () =>
				await run({ ...op.params, ...row.params }, { items: await inputItems(1, op.binaries) }),
		);

		expect(items).toEqual([]);
		expect(failure?.name).toBe('NodeApiError');
		expect(failure?.message).toBe(row.message);
		expect(failure?.context?.itemIndex).toBe(0);
		if (row.httpCode) expect(failure?.httpCode).toBe(row.httpCode);
		for (const text of row.says ?? []) expect(failure?.description).toContain(text);
		if (row.minMs) expect(elapsed).toBeGreaterThanOrEqual(row.minMs);
		const calls = stubs.vocu.requests.filter(
			(r) => r.method === target.method && r.path === target.path,
		);
		expect(calls).toHaveLength(row.replies.length);
		expect(stubs.storage.requests).toHaveLength(0);
	});

	it('a rate-limited page is retried with its own offset and limit (Get Many of tasks and templates)', async () => {
		const page = { offset: '0', limit: '3' };
		stubs.vocu
			.on('GET', '/api/template', { query: page })
			.replyWith(answer(429, 'RATE_LIMIT_EXCEEDED', {}, { 'Retry-After': '0' }));
		const templates = [
			templateGet.response.body.data,
			{ ...templateGet.response.body.data, id: 't-2' },
		];
		stubs.vocu
			.on('GET', '/api/template', { query: page })
			.reply(200, { status: 200, message: 'OK', data: templates });
		const next = { offset: '2', limit: '1' };
		stubs.vocu
			.on('GET', '/api/template', { query: next })
			.reply(200, { status: 200, message: 'OK', data: [] });

		const { items, error } = await run({ resource: 'template', operation: 'getAll', limit: 3 });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([IDS.template, 't-2']);
		expect(stubs.vocu.requests.map((r) => r.query)).toEqual([page, page, next]);
	});
});

/** The machine codes Vocu documents for voices, generation and errors. */
const DOCUMENTED_CODES = [
	'AUTH_FORBIDDEN',
	'AUTH_UNAUTHORIZED',
	'BILLING_INSUFFICIENT_CREDIT',
	'BILLING_QUOTA_EXCEEDED',
	'GENERATE_DELETE_IN_PROGRESS',
	'GENERATE_NOT_FOUND',
	'LANGUAGE_DETECT_FAILURE',
	'MINIMUM_DURATION_NOT_MET',
	'NO_WORKER_AVAILABLE',
	'PROJECT_NOT_FOUND',
	'RATE_LIMIT_CONCURRENT',
	'RATE_LIMIT_EXCEEDED',
	'RESOURCE_NOT_FOUND',
	'SAFETY_CHECK_FAILED',
	'SAFETY_CONTENT_REJECTED',
	'SAFETY_PROFILE_REJECTED',
	'SPLITTER_NOT_FOUND',
	'STORAGE_UNAVAILABLE',
	'STREAM_FETCH_FAILED',
	'STREAM_TIMEOUT',
	'SYSTEM_INTERNAL_ERROR',
	'TTS_CONTENTS_INVALID',
	'TTS_GENERATE_FAILED',
	'TTS_INPUT_AUDIO_INVALID',
	'TTS_PAID_ONLY',
	'TTS_SESSION_TOKEN_NOT_ALLOWED',
	'TTS_SPLITTER_INVALID',
	'TTS_SPLITTER_METADATA_INVALID',
	'TTS_TEXT_EMPTY',
	'UNSUPPORTED_LANGUAGE',
	'UPLOAD_AUDIO_INVALID',
	'UPLOAD_TOO_LARGE',
	'USER_NOT_FOUND',
	'VALIDATION_BAD_PARAMS',
	'VALIDATION_CONFLICT',
	'VALIDATION_INVALID_FORMAT',
	'VALIDATION_INVALID_VALUE',
	'VALIDATION_MISSING_FIELD',
	'VALIDATION_TOO_LONG',
	'VOCAL_NOT_DETECTED',
	'VOICE_CREATE_FAILED',
	'VOICE_CREATING',
	'VOICE_INSTRUCT_PATH_ONLY',
	'VOICE_LORA_ARTIFACT_MISSING',
	'VOICE_MODEL_VERSION_INVALID',
	'VOICE_NOT_FOUND',
	'VOICE_NOT_TTS_READY',
	'VOICE_PROBE_FAILED',
	'VOICE_PROMPT_MISSING',
	'VOICE_PROMPT_TOO_LARGE',
	'VOICE_UNAVAILABLE',
	'WATERMARK_PROCESS_FAILED',
];

describe('the error table', () => {
	// An HTTP status without an explanation of its own, so only the code can explain the failure.
	it.each(DOCUMENTED_CODES)(
		'%s has its own message and advice, and keeps the request ID',
		(code) => {
			const failure = describeVocuFailure(
				418,
				{ status: 418, code, message: 'localised text' },
				{ 'x-vocu-app-request-id': 'req-418' },
			);
			expect(failure?.message).not.toBe('Vocu answered with HTTP 418');
			expect(failure?.message.length).toBeLessThan(80);
			expect(failure?.description).toMatch(/^[A-Z].{10,}/);
			expect(failure?.description).toContain(`Code: ${code}`);
			expect(failure?.description).toContain('Vocu says: localised text');
			expect(failure?.description).toContain('Request ID (for Vocu support): req-418');
		},
	);
});
