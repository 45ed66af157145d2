import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { API_PATHS, LIMITS } from '../shared/constants';
import { pickerPage, readPickerToken } from '../shared/routing/pagination';
import { vocuRequest } from '../shared/transport/request';

interface SplitterSummary extends IDataObject {
	id: string;
	name?: string;
}

/**
 * The account's saved splitters (newest first), one page per call: Vocu has no name search and clamps pages to
 * 50, so the page is filtered here. Paging follows the shared rule (routing/pagination.ts): on until `total` is
 * reached or a page is empty or repeated.
 */
export async function searchSplitters(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const cursor = readPickerToken(paginationToken);
	const body = await vocuRequest<{ data?: SplitterSummary[]; total?: number }>(this, {
		method: 'GET',
		path: API_PATHS.splitters,
		qs: { offset: cursor.offset, limit: LIMITS.splitterMaxPageSize },
	});
	const total = typeof body.total === 'number' ? body.total : undefined;
	const { entries, paginationToken: next } = pickerPage(
		cursor,
		Array.isArray(body.data) ? body.data : [],
		total,
	);
	const needle = filter?.trim().toLowerCase();
	const results = entries
		.filter(
			(splitter) =>
				!needle || `${splitter.name ?? ''} ${splitter.id}`.toLowerCase().includes(needle),
		)
		.map((splitter) => ({ name: splitter.name ?? splitter.id, value: splitter.id }));
	return { results, paginationToken: next };
}
