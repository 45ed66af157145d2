import type { IDataObject, IExecuteSingleFunctions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { PostReceiveHook } from '../routing/hooks';
import { REQUEST_ID_HEADER } from '../constants';
import type { OperationKey } from '../routing/operationKeys';
import { headerValue } from '../transport/headers';
import { rememberedRequest } from '../transport/retry';
import { CODE_EXPLANATIONS } from './codes';
import { errorCodeLabel } from './httpCode';
import { locateContentsFault } from './contents';
import { shapeErrorForTool } from './forTools';
import {
	NOT_JSON,
	OPERATION_EXPLANATIONS,
	STATUS_EXPLANATIONS,
	unknownStatus,
	type Explanation,
} from './explanations';

export interface VocuFailure {
	httpCode: number;
	code?: string;
	message: string;
	description: string;
	requestId?: string;
	body: JsonObject;
}

/** Turns a response body that may be bytes, text or JSON into a value; bytes that are not JSON stay text. */
export function decodeBody(body: unknown): unknown {
	let text: string | undefined;
	if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else if (body instanceof ArrayBuffer) text = Buffer.from(body).toString('utf8');
	else if (typeof body === 'string') text = body;
	if (text === undefined) return body;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function fieldOf(envelope: IDataObject | undefined): string | undefined {
	const detail = envelope?.detail;
	const field = detail && typeof detail === 'object' ? (detail as IDataObject).field : undefined;
	return typeof field === 'string' && field ? field : undefined;
}

function textOf(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** The most specific explanation: unreadable JSON, then the operation's own, the code's, the status's, its class's. */
function explanationFor(
	httpCode: number,
	code?: string,
	operationKey?: OperationKey,
	unreadable = false,
): Explanation {
	return (
		(unreadable ? NOT_JSON : undefined) ??
		(operationKey ? OPERATION_EXPLANATIONS[operationKey]?.[httpCode] : undefined) ??
		(code ? CODE_EXPLANATIONS[code] : undefined) ??
		STATUS_EXPLANATIONS[httpCode] ??
		STATUS_EXPLANATIONS[Math.floor(httpCode / 100) * 100] ??
		unknownStatus(httpCode)
	);
}

/**
 * Decides whether a Vocu response is a failure: a non-2xx status, a 2xx JSON envelope whose own `status` is
 * present and not 200, or (when `expectsJson`) a 2xx text body that is not JSON. Returns undefined for a success.
 */
export function describeVocuFailure(
	statusCode: number,
	rawBody: unknown,
	headers?: IDataObject,
	operationKey?: OperationKey,
	expectsJson = false,
): VocuFailure | undefined {
	const body = decodeBody(rawBody);
	const envelope =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : undefined;
	const bodyStatus = envelope && typeof envelope.status === 'number' ? envelope.status : undefined;
	const httpFailed = statusCode < 200 || statusCode >= 300;
	// n8n hands over a JSON body it could not parse as the raw text; binary answers (audio) stay Buffers.
	const unreadable =
		!httpFailed && expectsJson && typeof rawBody === 'string' && rawBody.trim() !== '';
	if (!httpFailed && !unreadable && (bodyStatus === undefined || bodyStatus === 200))
		return undefined;

	const httpCode = httpFailed || unreadable ? statusCode : (bodyStatus as number);
	const code = textOf(envelope?.code);
	const vocuMessage = textOf(envelope?.message);
	const explanation = explanationFor(httpCode, code, operationKey, unreadable);
	const requestId = headerValue(headers, REQUEST_ID_HEADER) ?? textOf(envelope?.requestId);
	const field = fieldOf(envelope);

	const details = [
		vocuMessage && vocuMessage !== explanation.message ? `Vocu says: ${vocuMessage}` : undefined,
		code ? `Code: ${code}` : undefined,
		field ? `Field: ${field}` : undefined,
		requestId ? `Request ID (for Vocu support): ${requestId}` : undefined,
	].filter(Boolean);

	return {
		httpCode,
		code,
		message: explanation.message,
		description: [explanation.description, ...details].join(' · '),
		requestId,
		body: envelope
			? (envelope as JsonObject)
			: { status: httpCode, message: typeof body === 'string' ? body.slice(0, 500) : 'No body' },
	};
}

export function vocuApiError(node: INode, failure: VocuFailure, itemIndex?: number): NodeApiError {
	return new NodeApiError(node, failure.body, {
		message: failure.message,
		description: failure.description,
		httpCode: errorCodeLabel(failure.httpCode, failure.code),
		itemIndex,
	});
}

/** The `resource.operation` the node is running. */
export function operationKeyOf(context: IExecuteSingleFunctions): OperationKey {
	const resource = context.getNodeParameter('resource', '') as string;
	const operation = context.getNodeParameter('operation', '') as string;
	return `${resource}.${operation}` as OperationKey;
}

/** postReceive step of every operation (after retries): turns Vocu failures (HTTP status or body status) into NodeApiError. */
export const throwOnVocuError: PostReceiveHook = async function (items, response) {
	const failure = describeVocuFailure(
		response.statusCode,
		response.body,
		response.headers as IDataObject,
		operationKeyOf(this),
		rememberedRequest(this)?.json === true,
	);
	if (!failure) return items;
	const located =
		failure.code === 'TTS_CONTENTS_INVALID'
			? locateContentsFault(failure, rememberedRequest(this)?.body, this.getItemIndex())
			: failure;
	// As an AI agent tool the message itself carries the fix: the agent sees only the message.
	throw shapeErrorForTool(this, vocuApiError(this.getNode(), located, this.getItemIndex()));
};
