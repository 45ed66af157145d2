import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import type { PostReceiveHook } from './hooks';
import { LIMITS } from '../constants';
import { rememberRequest } from '../transport/retry';

/**
 * The paging rule of every Vocu offset/limit list (tasks, templates, splitters) and picker:
 * - a page may be shorter than asked although more follow (Vocu clamps the splitter list to 50 without saying so,
 *   documents no maximum for the others, and a server may ignore `limit`), so a short page does not end the list;
 * - the next offset is the previous one plus the number of items actually received;
 * - the list ends at an empty page, or when the `total` Vocu puts beside `data` (splitters) is reached;
 * - a page starting with the same item as the previous one means the server ignored `offset`: the list ends there
 *   (the repeated page is dropped), and MAX_PAGES bounds the loop whatever the server does.
 */
export const MAX_PAGES = 1_000;

export interface PagingOptions {
	/** The largest page to ask for. */
	maxPageSize: number;
}

/** What identifies a page: its first item's `id` (or the whole first item when it has none). */
function pageSignature(first: IDataObject | undefined): string | undefined {
	if (!first) return undefined;
	return typeof first.id === 'string' || typeof first.id === 'number'
		? String(first.id)
		: JSON.stringify(first);
}

export interface PageState {
	offset: number;
	pages: number;
	lastSignature?: string;
	total?: number;
}

/**
 * Takes in one page: returns the items that are new (none for a repeated page) and whether to ask for another.
 * `state` is advanced in place.
 */
export function takePage(
	state: PageState,
	page: IDataObject[],
): { fresh: IDataObject[]; more: boolean } {
	const signature = pageSignature(page[0]);
	state.pages += 1;
	if (!page.length || (state.pages > 1 && signature === state.lastSignature))
		return { fresh: [], more: false };
	state.lastSignature = signature;
	state.offset += page.length;
	const totalReached = state.total !== undefined && state.offset >= state.total;
	return { fresh: page, more: !totalReached && state.pages < MAX_PAGES };
}

/** `total` of the last page an item read (splitters): it counts every entry, whatever the paging. */
const totals = new WeakMap<IExecuteSingleFunctions, number>();

/** postReceive step of every paginated operation, before the page is unwrapped: keeps `total` when Vocu gives one. */
export const rememberListTotal: PostReceiveHook = async function (items, response) {
	const total = (response.body as IDataObject | undefined)?.total;
	if (typeof total === 'number' && Number.isFinite(total)) totals.set(this, total);
	else totals.delete(this);
	return items;
};

/**
 * The one paginator for the declarative lists, driven by Return All and Limit (see the rule above). Pages are
 * asked for `maxPageSize` items, or fewer when Limit needs fewer.
 */
export function paginateOffset(options: PagingOptions = { maxPageSize: LIMITS.maxPageSize }) {
	return async function paginate(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		// n8n runs this with Object.create(itemContext), but the postReceive steps get itemContext itself.
		const itemContext = Object.getPrototypeOf(this) as IExecuteSingleFunctions;
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const results: INodeExecutionData[] = [];
		const state: PageState = { offset: 0, pages: 0 };
		let more = true;
		while (more && results.length < limit) {
			const pageSize = Math.min(options.maxPageSize, limit - results.length);
			const request = {
				...requestData.options,
				qs: { ...requestData.options.qs, offset: state.offset, limit: pageSize },
			};
			// Remembered on itemContext, or a rate-limit retry of this page would re-send the first request (no offset).
			rememberRequest(itemContext, request as IHttpRequestOptions);
			totals.delete(itemContext);
			const page = await this.makeRoutingRequest({ ...requestData, options: request });
			state.total = totals.get(itemContext);
			const taken = takePage(
				state,
				page.map((item) => item.json),
			);
			more = taken.more;
			results.push(...page.slice(0, taken.fresh.length));
		}
		totals.delete(itemContext);
		return results.slice(0, limit);
	};
}

/** A picker's pagination token: the next offset and the first ID of the page just shown. */
export interface PickerCursor {
	offset: number;
	lastFirstId?: string;
}

export function readPickerToken(token?: string): PickerCursor {
	const [offset, ...rest] = String(token ?? '').split('|');
	return {
		offset: Math.max(0, Number(offset) || 0),
		lastFirstId: rest.length ? rest.join('|') : undefined,
	};
}

/**
 * One page of a picker (n8n asks for the next page with the token while the user scrolls). Returns the entries to
 * show (none when the server repeated the previous page) and the next token, or undefined at the end of the list.
 */
export function pickerPage<T extends { id: string }>(
	cursor: PickerCursor,
	page: T[],
	total?: number,
): { entries: T[]; paginationToken?: string } {
	const state: PageState = {
		offset: cursor.offset,
		pages: cursor.lastFirstId === undefined ? 0 : 1,
		lastSignature: cursor.lastFirstId,
		total,
	};
	const { fresh, more } = takePage(state, page as unknown as IDataObject[]);
	const entries = fresh as unknown as T[];
	return { entries, paginationToken: more ? `${state.offset}|${String(page[0].id)}` : undefined };
}
