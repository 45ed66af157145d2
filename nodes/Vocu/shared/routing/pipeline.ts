import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { operationKeyOf } from '../errors';
import { errorItem } from '../errors/errorItem';
import { toolShape, type ToolOutput } from '../fields/toolOutput';
import { runsAsTool, shapeErrorForTool } from '../errors/forTools';
import { callVocu } from '../transport/request';
import type { PostReceiveHook, PreSendHook } from './hooks';
import { readPages } from './pagination';

export type { ToolOutput } from '../fields/toolOutput';

export interface Pipeline {
	preSend: PreSendHook[];
	postReceive: PostReceiveHook[];
	/** Offset/limit paging driven by Return All and Limit, in pages of at most this many items. */
	maxPageSize?: number;
	toolOutput?: ToolOutput;
}

/**
 * The routing's only postReceive step: hands Vocu's answer back to runOperation unchanged (an internal value,
 * never output), so status, headers and body reach the one request path.
 */
export const returnAnswer: PostReceiveHook = async function (_items, response) {
	return [{ json: response as unknown as IDataObject }];
};

function totalOf(body: unknown): number | undefined {
	const total = (body as IDataObject | undefined)?.total;
	return typeof total === 'number' && Number.isFinite(total) ? total : undefined;
}

/**
 * Every operation's routing runs here. n8n-core's RoutingNode (same code in n8n 1.123 and 2.41) calls a function
 * in `routing.operations.pagination`, when `send.paginate` is set, instead of sending the request itself, and
 * hands it `makeRoutingRequest`, which sends with n8n's credential, proxy, timeout and SSL settings. It is the
 * simplest way that works on both lines: a public routing field, so straight-line code holds a slot around the real
 * request and retries it (callVocu) — a postReceive that re-sends needs the request kept beside the context and
 * never sees a request that failed, and wrapping n8n's helpers depends on how RoutingNode calls them. Steps: the operation's preSend → callVocu (per page for lists) → its postReceive → as a tool, its toolOutput →
 * pair with the input item. Errors carry their fix in the message when the node runs as a tool; under Continue On
 * Fail a failure is an error item paired with its input (errorItem).
 */
export function runOperation(pipeline: Pipeline) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		try {
			const asTool =
				pipeline.toolOutput && runsAsTool(this) ? toolShape(this, pipeline.toolOutput) : undefined;
			let options = requestData.options as IHttpRequestOptions;
			for (const step of pipeline.preSend) options = await step.call(this, options);
			const answer = async (sent: IHttpRequestOptions) => {
				const response = await callVocu(this, {
					options: sent,
					operationKey: operationKeyOf(this),
					send: async () => {
						const [item] = await this.makeRoutingRequest({ ...requestData, options: sent });
						return item.json as unknown as IN8nHttpFullResponse;
					},
				});
				let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
				for (const step of pipeline.postReceive) items = await step.call(this, items, response);
				return { items, total: totalOf(response.body) };
			};
			const items = pipeline.maxPageSize
				? await readPages(
						this.getNodeParameter('returnAll', false) as boolean,
						this.getNodeParameter('limit', 50) as number,
						pipeline.maxPageSize,
						async (offset, limit) =>
							await answer({ ...options, qs: { ...options.qs, offset, limit } }),
					)
				: (await answer(options)).items;
			return outputOf(this, items, asTool);
		} catch (error) {
			const shaped = shapeErrorForTool(this, error);
			if (this.continueOnFail()) return [errorItem(this, shaped)];
			throw shaped;
		}
	};
}

/** The items paired with their input item; as an AI agent tool, the JSON its Output parameter picks (no binary). */
function outputOf(
	context: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	asTool?: (json: IDataObject) => IDataObject,
): INodeExecutionData[] {
	const pairedItem = { item: context.getItemIndex() };
	if (asTool) return items.map((item) => ({ json: asTool(item.json), pairedItem }));
	return items.map((item) => ({ ...item, pairedItem }));
}
