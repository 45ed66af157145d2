/**
 * The node's only memory keyed by an n8n context object, in one place. Everything else travels in what n8n
 * hands over (request options, the response, node parameters); these two cannot:
 * - rememberForItem / recallForItem: a value read in a preSend for its postReceive (Voice → Set Default Style
 *   reads the voice before Vocu swaps style IDs). n8n passes preSend only the request options, which it sends,
 *   and postReceive only the response; both run with the item's own context.
 * - isFirstUse: whether a trigger's poll context polls for the first time. n8n creates one poll context per
 *   activation and says nothing else about "first poll of this activation".
 * Weak keys: an entry goes when n8n drops the context.
 */
const itemValues = new WeakMap<object, unknown>();
const usedContexts = new WeakSet<object>();

export function rememberForItem(context: object, value: unknown): void {
	itemValues.set(context, value);
}

/** The value remembered for this context, once: it is forgotten as it is read. */
export function recallForItem<T>(context: object): T | undefined {
	const value = itemValues.get(context) as T | undefined;
	itemValues.delete(context);
	return value;
}

export function isFirstUse(context: object): boolean {
	const first = !usedContexts.has(context);
	usedContexts.add(context);
	return first;
}
