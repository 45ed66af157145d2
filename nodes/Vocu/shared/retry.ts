import type { IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { CREDENTIAL_NAME } from './constants';

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
export function rememberRequest(context: IExecuteSingleFunctions, options: IHttpRequestOptions): void {
	sentRequests.set(context, options);
}

/** The options of the request the item sent last (see rememberRequest). */
export function rememberedRequest(context: IExecuteSingleFunctions): IHttpRequestOptions | undefined {
	return sentRequests.get(context);
}

/** Honours Retry-After (seconds or an HTTP date, capped), else exponential backoff from 1 s capped at 30 s. */
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
 * Re-sends a request that Vocu answered with 429 or 503, waiting as Vocu asks, until it gets another answer or
 * runs out of attempts. The response object is updated in place so later postReceive steps see the final answer.
 * Returns whether the response was replaced.
 */
export async function retryRateLimited(
	context: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
): Promise<boolean> {
	const options = sentRequests.get(context);
	if (!options || !RETRYABLE_STATUSES.has(response.statusCode)) return false;
	const settings = context.getNodeParameter('requestOptions', {}) as RetrySettings;
	if (settings.retryOnRateLimit === false) return false;
	const maxAttempts = Math.max(1, settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
	let attempt = 1;
	while (attempt < maxAttempts && RETRYABLE_STATUSES.has(response.statusCode)) {
		const headers = (response.headers ?? {}) as Record<string, unknown>;
		await sleep(retryDelayMs(attempt, headers['retry-after']));
		// A full response is needed to read the new status, whoever built the options.
		const next = (await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_NAME, {
			...options,
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
		response.body = next.body;
		response.headers = next.headers;
		response.statusCode = next.statusCode;
		attempt++;
	}
	return true;
}
