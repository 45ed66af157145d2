import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { httpStatusOf } from '../../shared/errors/httpCode';
import { isTransientFailure, retryDelayMs, retrying } from '../../shared/transport/retry';
import { vocuRequest } from '../../shared/transport/request';
import type { MultipartBody } from './multipart';

/** A chunk that takes longer than this is treated as failed (and retried), so a stalled connection cannot hang the node. */
const CHUNK_TIMEOUT_MS = 300_000;

/** How a step ended after its retries: a value, or the last error. */
export type Outcome<T> = { value: T; attempts: number } | { error: Error; attempts: number };

/**
 * Runs `send` until it succeeds, up to `retries` extra times, on the one retry loop: only transient failures
 * (isTransientFailure) are retried, after the one backoff policy's wait; a cancelled execution stops at once.
 */
export async function withRetries<T>(
	context: IExecuteSingleFunctions,
	retries: number,
	send: () => Promise<T>,
): Promise<Outcome<T>> {
	const outcome = await retrying(
		context,
		{
			attempts: retries + 1,
			waitAfter: (result, attempt) =>
				'error' in result && isTransientFailure(result.error) ? retryDelayMs(attempt) : undefined,
		},
		send,
	);
	return 'error' in outcome
		? { error: outcome.error as Error, attempts: outcome.attempts }
		: { value: outcome.value, attempts: outcome.attempts };
}

/**
 * Sends one chunk, assembled as multipart/form-data (multipartChunk); a retry sends the same body again.
 * `baseUrl` is the credential's, read once for the whole upload.
 */
export async function sendChunk(
	context: IExecuteSingleFunctions,
	{ body, contentType }: MultipartBody,
	baseUrl?: string,
): Promise<IDataObject> {
	return await vocuRequest(context, {
		method: 'POST',
		path: API_PATHS.uploadChunk,
		body,
		headers: { 'Content-Type': contentType },
		timeout: CHUNK_TIMEOUT_MS,
		operationKey: 'file.uploadChunk',
		baseUrl,
		retry: false,
	});
}

/** Completes an upload whose chunks are all sent. */
export async function sendFinish(
	context: IExecuteSingleFunctions,
	uploadId: string,
	baseUrl?: string,
): Promise<IDataObject> {
	return await vocuRequest(context, {
		method: 'POST',
		path: API_PATHS.uploadFinish,
		body: { id: uploadId },
		operationKey: 'file.finishUpload',
		baseUrl,
		retry: false,
	});
}

export interface FailedStep {
	message: string;
	/** What to do next, after the cause. */
	advice: string;
	details: IDataObject;
}

/** Keeps the cause's HTTP status and explanation, and adds where the upload stopped. */
export function uploadFailure(
	context: IExecuteSingleFunctions,
	cause: Error,
	step: FailedStep,
): Error {
	const itemIndex = context.getItemIndex();
	const causeText = [cause.message, (cause as { description?: string }).description]
		.filter(Boolean)
		.join(' · ');
	const description = `${causeText} · ${step.advice}`;
	if (cause instanceof NodeApiError) {
		const status = httpStatusOf(cause);
		return new NodeApiError(
			context.getNode(),
			{ ...step.details, reason: cause.message },
			{
				message: step.message,
				description,
				...(status !== undefined ? { httpCode: cause.httpCode as string } : {}),
				itemIndex,
			},
		);
	}
	return new NodeOperationError(context.getNode(), step.message, { description, itemIndex });
}
