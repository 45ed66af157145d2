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

import {
	isAllowedBaseUrl,
	refusedBaseUrlError,
	resolveBaseUrl,
	type VocuCredentialData,
} from './baseUrl';
import { CREDENTIAL_NAME } from '../constants';
import { describeVocuFailure, vocuApiError } from '../errors';
import type { OperationKey } from '../routing/operationKeys';

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

/**
 * The one authenticated request helper for code paths (polling, chunked upload, pickers). The key is added by
 * n8n from the credential and only ever sent to the credential's base URL; redirects to another origin drop it.
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
	const response = (await context.helpers.httpRequestWithAuthentication.call(
		context,
		CREDENTIAL_NAME,
		options,
	)) as IN8nHttpFullResponse;
	const failure = describeVocuFailure(
		response.statusCode,
		response.body,
		response.headers as IDataObject,
		request.operationKey,
		options.json === true,
	);
	if (failure) throw vocuApiError(context.getNode(), failure, itemIndexOf(context));
	return response.body as T;
}
