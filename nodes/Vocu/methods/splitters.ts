import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { API_PATHS, LIMITS } from '../shared/constants';
import { vocuRequest } from '../shared/transport/request';

interface SplitterSummary extends IDataObject {
	id: string;
	name?: string;
}

/**
 * The account's saved splitters (newest first), one page per call: Vocu has no name search and clamps pages to
 * 50, so the page is filtered here and the next offset is the pagination token while `total` says more exist.
 */
export async function searchSplitters(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Math.max(0, Number(paginationToken ?? 0) || 0);
	const body = await vocuRequest<{ data?: SplitterSummary[]; total?: number }>(this, {
		method: 'GET',
		path: API_PATHS.splitters,
		qs: { offset, limit: LIMITS.splitterMaxPageSize },
	});
	const page = Array.isArray(body.data) ? body.data : [];
	const next = offset + page.length;
	const more = typeof body.total === 'number' ? next < body.total : page.length === LIMITS.splitterMaxPageSize;
	const needle = filter?.trim().toLowerCase();
	const results = page
		.filter((splitter) => !needle || `${splitter.name ?? ''} ${splitter.id}`.toLowerCase().includes(needle))
		.map((splitter) => ({ name: splitter.name ?? splitter.id, value: splitter.id }));
	return { results, paginationToken: more && page.length ? String(next) : undefined };
}
