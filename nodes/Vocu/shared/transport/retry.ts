import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { PostReceiveHook } from '../routing/hooks';
import { CREDENTIAL_NAME } from '../constants';
import { httpStatusOf } from '../errors/httpCode';

/** 429 and 503 mean Vocu did not process the request, so sending it again cannot charge twice. */
const RETRYABLE_STATUSES = new Set([429, 503]);
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 120_000;
export const DEFAULT_MAX_ATTEMPTS = 4;

const sentRequests = new WeakMap<object, IHttpRequestOptions>();

/**
 * Keeps the options of the request an item is about to send, so a rate-limited answer can be retried from a
 * postReceive. preSend functions mutate and return the same options object, so this reference stays current.
 */
export function rememberRequest(
	context: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): void {
	sentRequests.set(context, options);
}

/** The options of the request the item sent last (see rememberRequest). */
export function rememberedRequest(
	context: IExecuteSingleFunctions,
): IHttpRequestOptions | undefined {
	return sentRequests.get(context);
}

/**
 * The one "is it worth another try?" rule, for rate-limit retries, polls and chunk uploads: no answer at all
 * (network failure, timeout: an API error without an HTTP status), 408, 429 and 5xx. Other 4xx answers will not
 * change, and errors that are not API errors (the node's own input checks, a cancelled execution) are final.
 */
export function isTransientFailure(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const status = httpStatusOf(error);
	return status === undefined || status === 408 || status === 429 || status >= 500;
}

/** The one backoff policy. Honours Retry-After (seconds or an HTTP date, capped), else exponential backoff from 1 s capped at 30 s. */
export function retryDelayMs(attempt: number, retryAfter?: unknown, now = Date.now()): number {
	if (retryAfter !== undefined && retryAfter !== null && String(retryAfter).trim() !== '') {
		const text = String(retryAfter).trim();
		const seconds = Number(text);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(text) - now;
		if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
	}
	return Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
}

interface RetrySettings {
	retryOnRateLimit?: boolean;
	maxAttempts?: number;
}

/**
 * First postReceive step of every operation: re-sends a request that Vocu answered with 429 or 503, waiting as
 * Vocu asks, until it gets another answer or runs out of attempts (Settings → Request Options). The response
 * object is updated in place, and the items replaced, so later steps see the final answer.
 */
export const retryRateLimited: PostReceiveHook = async function (items, response) {
	const options = sentRequests.get(this);
	if (!options || !RETRYABLE_STATUSES.has(response.statusCode)) return items;
	const settings = this.getNodeParameter('requestOptions', {}) as RetrySettings;
	if (settings.retryOnRateLimit === false) return items;
	const maxAttempts = Math.max(1, settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
	let attempt = 1;
	while (attempt < maxAttempts && RETRYABLE_STATUSES.has(response.statusCode)) {
		const headers = (response.headers ?? {}) as Record<string, unknown>;
		await sleep(retryDelayMs(attempt, headers['retry-after']));
		// A full response is needed to read the new status, whoever built the options.
		const next = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_NAME, {
			...options,
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
		response.body = next.body;
		response.headers = next.headers;
		response.statusCode = next.statusCode;
		attempt++;
	}
	return [{ json: response.body as IDataObject }];
};
