import { NodeApiError, sleep } from 'n8n-workflow';

import { httpStatusOf } from '../errors/httpCode';

/** 429 and 503 mean Vocu did not process the request, so sending it again cannot charge twice. */
export const RETRYABLE_STATUSES = new Set([429, 503]);
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 120_000;
export const DEFAULT_MAX_ATTEMPTS = 4;

/**
 * Whether a failure may pass on another try: no answer at all (network failure, timeout: an API error without an
 * HTTP status), 408, 429 and 5xx. Other 4xx answers will not change, and errors that are not API errors (the
 * node's own input checks, a cancelled execution) are final.
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

/** How one try ended. */
export type Attempt<T> = { value: T } | { error: unknown };

export interface RetryPolicy<T> {
	/** Tries in total, the first included. */
	attempts: number;
	/** The wait before the next try after this outcome (see retryDelayMs), or undefined when it is final. */
	waitAfter: (outcome: Attempt<T>, attempt: number) => number | undefined;
}

/**
 * The one retry loop (Vocu requests, audio downloads, upload chunks): runs `attempt` until its outcome is final,
 * the attempts are used up or the execution is cancelled, and returns that last outcome with the tries it took.
 */
export async function retrying<T>(
	context: object,
	policy: RetryPolicy<T>,
	attempt: () => Promise<T>,
): Promise<Attempt<T> & { attempts: number }> {
	for (let tries = 1; ; tries++) {
		let outcome: Attempt<T>;
		try {
			outcome = { value: await attempt() };
		} catch (error) {
			outcome = { error };
		}
		const cancelled =
			'getExecutionCancelSignal' in context &&
			(
				context as { getExecutionCancelSignal: () => AbortSignal | undefined }
			).getExecutionCancelSignal()?.aborted === true;
		const wait =
			tries < policy.attempts && !cancelled ? policy.waitAfter(outcome, tries) : undefined;
		if (wait === undefined) return { ...outcome, attempts: tries };
		await sleep(wait);
	}
}

/** The value of a retried call, or its last error thrown. */
export function valueOf<T>(outcome: Attempt<T>): T {
	if ('error' in outcome) throw outcome.error;
	return outcome.value;
}
