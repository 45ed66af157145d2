import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { returnAllAndLimit } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import { rememberRequest } from '../../shared/transport/retry';

/** `total` of the last page an item read: it sits beside `data` and counts every splitter, whatever the paging. */
const totals = new WeakMap<IExecuteSingleFunctions, number>();

export async function rememberSplitterTotal(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const total = (response.body as IDataObject | undefined)?.total;
	if (typeof total === 'number' && Number.isFinite(total)) totals.set(this, total);
	else totals.delete(this);
	return items;
}

/**
 * Vocu clamps `limit` to 1–50 without saying so, so a page may be shorter than asked although more follow. Pages
 * are therefore requested until `total` splitters are read (or a page is empty); without a `total`, until a page
 * is shorter than asked. With Return All off it stops at Limit.
 */
export async function paginateSplitters(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemContext = Object.getPrototypeOf(this) as IExecuteSingleFunctions;
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const results: INodeExecutionData[] = [];
	let offset = 0;
	while (results.length < limit) {
		const pageSize = Math.min(LIMITS.splitterMaxPageSize, limit - results.length);
		const options = { ...requestData.options, qs: { ...requestData.options.qs, offset, limit: pageSize } };
		rememberRequest(itemContext, options as IHttpRequestOptions);
		const page = await this.makeRoutingRequest({ ...requestData, options });
		results.push(...page);
		offset += page.length;
		const total = totals.get(itemContext);
		const finished = total === undefined ? page.length < pageSize : offset >= total;
		if (!page.length || finished) break;
	}
	totals.delete(itemContext);
	return results.slice(0, limit);
}

const listed = operation({
	name: 'Get Many',
	action: 'Get many splitters',
	description: 'List saved splitters, newest first',
	method: 'GET',
	path: API_PATHS.splitters,
	paginated: true,
	postReceive: [rememberSplitterTotal, unwrapData],
	fields: returnAllAndLimit(),
});

export const getAll: VocuOperation = {
	...listed,
	option: {
		...listed.option,
		routing: { ...listed.option.routing, operations: { pagination: paginateSplitters } },
	},
};
