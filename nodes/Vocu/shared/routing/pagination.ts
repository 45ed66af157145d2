import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { LIMITS } from '../constants';
import { rememberRequest } from '../transport/retry';

/**
 * The one paginator for Vocu's offset/limit lists (tasks, templates): no total is returned, so pages are
 * requested until one comes back shorter than asked. With Return All off it stops at Limit.
 */
export async function paginateOffset(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const results: INodeExecutionData[] = [];
	let offset = 0;
	while (results.length < limit) {
		const pageSize = Math.min(LIMITS.maxPageSize, limit - results.length);
		const options = { ...requestData.options, qs: { ...requestData.options.qs, offset, limit: pageSize } };
		// n8n runs this with Object.create(itemContext), but the postReceive steps that retry a rate-limited page get
		// itemContext itself: the page is remembered there, or a retry would re-send the first request (no offset).
		rememberRequest(Object.getPrototypeOf(this) as IExecuteSingleFunctions, options as IHttpRequestOptions);
		const page = await this.makeRoutingRequest({ ...requestData, options });
		results.push(...page);
		if (page.length < pageSize) break;
		offset += page.length;
	}
	return results;
}
