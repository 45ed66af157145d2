import type { IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * Sliding windows of requests in flight. n8n starts every item's request at once, and every execution (a webhook
 * or schedule event each) at once; Vocu serves only a few synchronous generations per account at a time and
 * holds the rest (up to ~330 s, then 429). Keeping exactly `capacity` requests in flight, and starting the next as
 * soon as one finishes, is as fast as the account allows without queueing at Vocu.
 *
 * The windows live at module level, so they are shared by every execution this n8n process runs. In queue mode
 * each worker is its own process and has its own windows. A slot is freed by the `finally` of the one request
 * path (callVocu), so every slot taken is given back however the request ends.
 */
interface Window {
	capacity: number;
	inFlight: number;
	waiting: Array<() => void>;
}

/** One window to pass: its key (e.g. an account, or an execution's node) and how many requests it lets through. */
export interface WindowClaim {
	key: string;
	capacity: number;
}

const windows = new Map<string, Window>();

/** The per-execution window of one node (Options → Max Concurrent Generations). */
export function nodeWindowKey(context: IExecuteSingleFunctions): string {
	const node = context.getNode();
	return `execution\u0000${context.getExecutionId()}\u0000${node.id ?? node.name}`;
}

/** Lets waiting items re-check while the window has room. */
function wake(window: Window): void {
	let free = Math.max(1, window.capacity) - window.inFlight;
	while (free-- > 0 && window.waiting.length) window.waiting.shift()?.();
}

async function enter(claim: WindowClaim): Promise<void> {
	let window = windows.get(claim.key);
	if (!window) {
		window = { capacity: claim.capacity, inFlight: 0, waiting: [] };
		windows.set(claim.key, window);
	}
	if (window.capacity !== claim.capacity) {
		window.capacity = claim.capacity;
		wake(window);
	}
	const current = window;
	while (current.inFlight >= Math.max(1, current.capacity)) {
		await new Promise<void>((resolve) => current.waiting.push(resolve));
	}
	current.inFlight++;
}

function leave(key: string): void {
	const window = windows.get(key);
	if (!window) return;
	window.inFlight--;
	wake(window);
	if (!window.inFlight && !window.waiting.length) windows.delete(key);
}

/**
 * Waits for a slot in each window, in order (the node's own window first, then the account's, so an item never
 * holds an account slot while it waits for its node). Returns the function that frees them, to call once.
 */
export async function acquireSlots(claims: WindowClaim[]): Promise<() => void> {
	const taken: string[] = [];
	for (const claim of claims) {
		await enter(claim);
		taken.push(claim.key);
	}
	let released = false;
	return () => {
		if (released) return;
		released = true;
		for (const key of taken) leave(key);
	};
}
