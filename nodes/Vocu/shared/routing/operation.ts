import type {
	DeclarativeRestApiSettings,
	IDisplayOptions,
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { throwOnVocuError } from '../errors';
import { releaseConcurrencySlot } from '../transport/throttle';
import { retryRateLimited } from '../transport/retry';
import { pairWithInput } from './output';
import { paginateOffset, rememberListTotal, type PagingOptions } from './pagination';
import { fillPathParameters } from './pathParameters';

export interface OperationSpec {
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** An API_PATHS entry; `:name` placeholders are filled from the node parameter `name`. */
	path: string;
	request?: Partial<DeclarativeRestApiSettings.HttpRequestOptions>;
	preSend?: PreSendAction[];
	/** Item-shaping steps. Retry, slot release and error mapping run before them, input pairing after them. */
	postReceive?: PostReceiveAction[];
	/** Offset/limit pagination driven by the Return All and Limit fields (`true`: pages of up to 100). */
	paginated?: boolean | PagingOptions;
	/** The operation's own fields, written without displayOptions (the resource's index scopes them). */
	fields?: INodeProperties[];
}

/** One operation of a resource: its entry in the Operation dropdown (the value is its key in the resource's list) and its fields. */
export interface VocuOperation {
	option: Omit<INodePropertyOptions, 'value'>;
	fields: INodeProperties[];
}

/**
 * An operation with its routing. The pipeline is the same for every operation:
 * preSend: check the base URL and path IDs (fillPathParameters) → the operation's own steps;
 * postReceive: retry 429/503 (retryRateLimited) → free the concurrency slot (releaseConcurrencySlot) → map Vocu
 * failures to NodeApiError (throwOnVocuError) → the operation's own steps → pair items with their input (pairWithInput).
 */
export function operation(spec: OperationSpec): VocuOperation {
	return {
		option: {
			name: spec.name,
			action: spec.action,
			description: spec.description,
			routing: {
				request: { method: spec.method, url: spec.path, ...spec.request },
				send: {
					preSend: [fillPathParameters, ...(spec.preSend ?? [])],
					...(spec.paginated ? { paginate: true } : {}),
				},
				output: {
					postReceive: [
						retryRateLimited,
						releaseConcurrencySlot,
						throwOnVocuError,
						...(spec.paginated ? [rememberListTotal] : []),
						...(spec.postReceive ?? []),
						pairWithInput,
					],
				},
				...(spec.paginated
					? {
							operations: {
								pagination: paginateOffset(spec.paginated === true ? undefined : spec.paginated),
							},
						}
					: {}),
			},
		},
		fields: spec.fields ?? [],
	};
}

/** Scopes a list of fields to one resource and operation(s). */
export function forOperation(
	resource: string,
	operations: string | string[],
	fields: INodeProperties[],
): INodeProperties[] {
	const show: IDisplayOptions['show'] = {
		resource: [resource],
		operation: Array.isArray(operations) ? operations : [operations],
	};
	return updateDisplayOptions({ show }, fields);
}

/**
 * A resource's Operation dropdown and fields, built from its list of operations. The keys of `operations` are the
 * operation values (n8n's verbs: `get`, `getAll`, `create`…); the dropdown shows them in the list's order.
 */
export function resourceDescription<Operations extends Record<string, VocuOperation>>(
	resource: string,
	operations: Operations,
	defaultOperation: keyof Operations & string,
): INodeProperties[] {
	const entries = Object.entries(operations);
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: entries.map(([value, op]) => ({ ...op.option, value }) as INodePropertyOptions),
			default: defaultOperation,
		},
		...entries.flatMap(([value, op]) => forOperation(resource, value, op.fields)),
	];
}
