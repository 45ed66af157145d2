import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	isAllowedBaseUrl,
	refusedBaseUrlError,
	resolveBaseUrl,
	type VocuCredentialData,
} from './baseUrl';
import { API_PATHS, CREDENTIAL_NAME } from '../constants';
import { describeVocuFailure, vocuApiError } from '../errors';
import { locateContentsFault } from '../errors/contents';
import { httpStatusOf } from '../errors/httpCode';
import type { OperationKey } from '../routing/operationKeys';
import { holdSlots, isChargedCall, uncertainOutcome } from './chargedRequest';
import { headerValue } from './headers';
import {
	DEFAULT_MAX_ATTEMPTS,
	RETRYABLE_STATUSES,
	retryDelayMs,
	retrying,
	type Attempt,
	type RetryPolicy,
} from './retry';

/** Every context the nodes call Vocu from: an item, a whole execution, a picker, a trigger's poll. */
export type VocuContext =
	IExecuteSingleFunctions | IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface VocuRequest {
	method: IHttpRequestMethods;
	path: string;
	body?: IDataObject | IDataObject[] | FormData | Buffer;
	/** Extra headers, e.g. the multipart content type of a body prepared as a Buffer. */
	headers?: IDataObject;
	qs?: IDataObject;
	timeout?: number;
	/** Used to pick operation-specific error messages (`resource.operation`). */
	operationKey?: OperationKey;
	/** The credential's base URL (vocuBaseUrl) when the caller already has it, e.g. once for all chunks of an upload. */
	baseUrl?: string;
	/** false: send once, the caller retries by its own setting (File → Upload Training Archive: Retries per Chunk). */
	retry?: boolean;
}

function itemIndexOf(context: VocuContext): number | undefined {
	return 'getItemIndex' in context ? context.getItemIndex() : undefined;
}

/** n8n's default for declarative requests. Without a timeout a stalled connection would hang the execution. */
const DEFAULT_TIMEOUT_MS = 300_000;

/** Settings → Request Options → Timeout of the node when running an item, else n8n's default. */
function defaultTimeout(context: VocuContext): number {
	if (!('getItemIndex' in context)) return DEFAULT_TIMEOUT_MS;
	const { timeout } = context.getNodeParameter('requestOptions', {}) as { timeout?: number };
	return typeof timeout === 'number' && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
}

export async function vocuBaseUrl(context: VocuContext): Promise<string> {
	const credentials = (await context.getCredentials(CREDENTIAL_NAME)) as VocuCredentialData;
	const baseUrl = resolveBaseUrl(credentials);
	if (!isAllowedBaseUrl(baseUrl))
		throw refusedBaseUrlError(context.getNode(), itemIndexOf(context));
	return baseUrl;
}

/** Settings → Request Options of the node (item runs only; pickers and the trigger use the defaults). */
function retrySettings(context: VocuContext): { retryOnRateLimit?: boolean; maxAttempts?: number } {
	if (!('getItemIndex' in context)) return {};
	return context.getNodeParameter('requestOptions', {}) as IDataObject;
}

/** What callVocu needs to know about a request, besides how to send it. */
export interface VocuCall {
	/** The options as sent: method and URL decide whether the call is charged or idempotent. */
	options: IHttpRequestOptions;
	/** Sends once and resolves with Vocu's answer, whatever its status; rejects only when no answer came. */
	send: () => Promise<IN8nHttpFullResponse>;
	/** Picks operation-specific error messages. */
	operationKey?: OperationKey;
	/** false: send once (the caller retries). */
	retry?: boolean;
}

/**
 * The one way to call Vocu, for declarative routing (shared/routing/pipeline.ts) and every hook (vocuRequest):
 * a charged call first takes a slot in the account's concurrency window; the request is sent; 429 and 503 are
 * sent again as Retry-After says (Vocu did not process them), and an idempotent read also after a failed
 * connection; the slot is freed in `finally`; then Vocu's failures become NodeApiErrors. A charged call that got
 * no answer is reported as "may have run" and never sent again.
 */
export async function callVocu(
	context: VocuContext,
	call: VocuCall,
): Promise<IN8nHttpFullResponse> {
	const charged = 'getItemIndex' in context && isChargedCall(call.options);
	// Best effort, sent once: when it fails the window uses Vocu's default size at once.
	const readAccountInfo = async () =>
		await vocuRequest(context, {
			method: 'GET',
			path: API_PATHS.accountInfo,
			timeout: 15_000,
			retry: false,
		});
	const release = charged ? await holdSlots(context, call.options, readAccountInfo) : undefined;
	let outcome: Attempt<IN8nHttpFullResponse>;
	try {
		const policy = vocuRetryPolicy(context, call.options, charged);
		outcome = await retrying(
			context,
			call.retry === false ? { ...policy, attempts: 1 } : policy,
			call.send,
		);
	} finally {
		release?.();
	}
	if ('error' in outcome) {
		throw charged && !(outcome.error instanceof NodeOperationError)
			? uncertainOutcome(context, outcome.error)
			: outcome.error;
	}
	const response = outcome.value;
	const failure = describeVocuFailure(
		response.statusCode,
		response.body,
		response.headers as IDataObject,
		call.operationKey,
		call.options.json === true,
	);
	if (!failure) return response;
	const itemIndex = itemIndexOf(context);
	const located =
		failure.code === 'TTS_CONTENTS_INVALID' && itemIndex !== undefined
			? locateContentsFault(failure, call.options.body, itemIndex)
			: failure;
	throw vocuApiError(context.getNode(), located, itemIndex);
}

/** When to send again: 429/503 (if Retry on Rate Limit is on) always; a failed connection for idempotent reads. */
function vocuRetryPolicy(
	context: VocuContext,
	options: IHttpRequestOptions,
	charged: boolean,
): RetryPolicy<IN8nHttpFullResponse> {
	const settings = retrySettings(context);
	const idempotent = (options.method ?? 'GET') === 'GET' && !charged;
	return {
		attempts: Math.max(1, Number(settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)),
		waitAfter: (outcome, attempt) => {
			if ('error' in outcome) {
				const retry = idempotent && isConnectionFailure(outcome.error);
				return retry ? retryDelayMs(attempt) : undefined;
			}
			if (settings.retryOnRateLimit === false) return undefined;
			if (!RETRYABLE_STATUSES.has(outcome.value.statusCode)) return undefined;
			return retryDelayMs(attempt, headerValue(outcome.value.headers, 'retry-after'));
		},
	};
}

/**
 * A connection that failed before any answer (refused, reset, cut), not a timeout: a read that timed out once
 * would likely do so again, and n8n's timeout can be minutes.
 */
function isConnectionFailure(error: unknown): boolean {
	if (!(error instanceof NodeApiError) || httpStatusOf(error) !== undefined) return false;
	const cause = error as { code?: string; httpCode?: string | null; message?: string };
	const signals = [cause.code, cause.httpCode, cause.message].join(' ');
	return !/timeout|timed out|ETIMEDOUT|ECONNABORTED|aborted|cancel/i.test(signals);
}

/**
 * The authenticated request helper for hooks (polling, chunked upload, pickers, the trigger), on callVocu. The
 * key is added by n8n from the credential and only ever sent to the credential's base URL; redirects to another
 * origin drop it.
 */
export async function vocuRequest<T = IDataObject>(
	context: VocuContext,
	request: VocuRequest,
): Promise<T> {
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: request.baseUrl ?? (await vocuBaseUrl(context)),
		url: request.path,
		qs: request.qs,
		headers: request.headers,
		body: request.body,
		json: !(request.body instanceof FormData || Buffer.isBuffer(request.body)),
		timeout: request.timeout ?? defaultTimeout(context),
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		sendCredentialsOnCrossOriginRedirect: false,
	};
	const send = async () =>
		(await context.helpers.httpRequestWithAuthentication.call(
			context,
			CREDENTIAL_NAME,
			options,
		)) as IN8nHttpFullResponse;
	const { operationKey, retry } = request;
	const response = await callVocu(context, { options, send, operationKey, retry });
	return response.body as T;
}
