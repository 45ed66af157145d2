import type {
	DeclarativeRestApiSettings,
	IDisplayOptions,
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { LIMITS } from '../constants';
import { toolOutputFields } from '../fields/toolOutput';
import type { PostReceiveHook, PreSendHook } from './hooks';
import type { PagingOptions } from './pagination';
import { fillPathParameters } from './pathParameters';
import { returnAnswer, runOperation, type ToolOutput } from './pipeline';

export interface OperationSpec {
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** An API_PATHS entry; `:name` placeholders are filled from the node parameter `name`. */
	path: string;
	request?: Partial<DeclarativeRestApiSettings.HttpRequestOptions>;
	/** Request-shaping steps, after the base URL and path IDs are checked (fillPathParameters). */
	preSend?: PreSendHook[];
	/** Item-shaping steps on Vocu's successful answer; items are paired with their input after them. */
	postReceive?: PostReceiveHook[];
	/** Offset/limit pagination driven by the Return All and Limit fields (`true`: pages of up to 100). */
	paginated?: boolean | PagingOptions;
	/** What an AI agent receives for each output item (JSON only); without it, the items as they are. */
	toolOutput?: ToolOutput;
	/** The operation's own fields, written without displayOptions (the resource's index scopes them). */
	fields?: INodeProperties[];
}

/** One operation of a resource: its entry in the Operation dropdown (the value is its key in the resource's list) and its fields. */
export interface VocuOperation {
	option: Omit<INodePropertyOptions, 'value'>;
	fields: INodeProperties[];
}

/**
 * An operation with its routing. n8n builds the request from the fields and hands it to runOperation
 * (shared/routing/pipeline.ts), which runs the operation's steps around the one request path.
 */
export function operation(spec: OperationSpec): VocuOperation {
	const paging = spec.paginated === true ? { maxPageSize: LIMITS.maxPageSize } : spec.paginated;
	return {
		option: {
			name: spec.name,
			action: spec.action,
			description: spec.description,
			routing: {
				request: { method: spec.method, url: spec.path, ...spec.request },
				send: { paginate: true },
				output: { postReceive: [returnAnswer] },
				operations: {
					pagination: runOperation({
						preSend: [fillPathParameters, ...(spec.preSend ?? [])],
						postReceive: spec.postReceive ?? [],
						maxPageSize: paging ? paging.maxPageSize : undefined,
						toolOutput: spec.toolOutput,
					}),
				},
			},
		},
		fields: [...(spec.fields ?? []), ...(spec.toolOutput ? toolOutputFields : [])],
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
