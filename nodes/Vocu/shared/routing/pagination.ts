import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

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

/**
 * Reads an offset/limit list page by page (see the rule above), driven by Return All and Limit: `readPage` asks
 * for `limit` items from `offset` and gives the page's items and the `total` Vocu put beside them, if any.
 */
export async function readPages(
	returnAll: boolean,
	limit: number,
	maxPageSize: number,
	readPage: (
		offset: number,
		limit: number,
	) => Promise<{ items: INodeExecutionData[]; total?: number }>,
): Promise<INodeExecutionData[]> {
	const wanted = returnAll ? Infinity : limit;
	const results: INodeExecutionData[] = [];
	const state: PageState = { offset: 0, pages: 0 };
	let more = true;
	while (more && results.length < wanted) {
		const page = await readPage(state.offset, Math.min(maxPageSize, wanted - results.length));
		state.total = page.total;
		const taken = takePage(
			state,
			page.items.map((item) => item.json),
		);
		more = taken.more;
		results.push(...page.items.slice(0, taken.fresh.length));
	}
	return results.slice(0, wanted);
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
