import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { PostReceiveHook } from '../routing/hooks';

/**
 * Sliding windows of requests in flight. n8n starts every item's request at once, and every execution (a webhook
 * or schedule event each) at once; Vocu serves only a few synchronous generations per account at a time and
 * holds the rest (up to ~330 s, then 429). Keeping exactly `capacity` requests in flight, and starting the next as
 * soon as one finishes, is as fast as the account allows without queueing at Vocu.
 *
 * The windows live at module level, so they are shared by every execution this n8n process runs. In queue mode
 * each worker is its own process and has its own windows.
 */
interface Window {
	capacity: number;
	inFlight: Map<object, number>;
	waiting: Array<() => void>;
	sweeping: boolean;
}

/** One window to pass: its key (e.g. an account, or an execution's node) and how many requests it lets through. */
export interface WindowClaim {
	key: string;
	capacity: number;
}

const windows = new Map<string, Window>();
const heldBy = new WeakMap<object, string[]>();
const SWEEP_INTERVAL_MS = 1_000;

/** The per-execution window of one node (Options → Max Concurrent Generations). */
export function nodeWindowKey(context: IExecuteSingleFunctions): string {
	const node = context.getNode();
	return `execution\u0000${context.getExecutionId()}\u0000${node.id ?? node.name}`;
}

/** Lets waiting items re-check while the window has room. */
function wake(window: Window): void {
	let free = Math.max(1, window.capacity) - window.inFlight.size;
	while (free-- > 0 && window.waiting.length) window.waiting.shift()?.();
}

/**
 * Safety net: if a slot is ever not released (the item's request never ended), slots older than the request
 * timeout are taken back while other items wait.
 */
async function sweepStaleSlots(window: Window, leaseMs: number): Promise<void> {
	window.sweeping = true;
	while (window.waiting.length) {
		await sleep(SWEEP_INTERVAL_MS);
		const now = Date.now();
		for (const [holder, since] of window.inFlight) {
			if (now - since > leaseMs) window.inFlight.delete(holder);
		}
		wake(window);
	}
	window.sweeping = false;
}

async function enter(holder: object, claim: WindowClaim, leaseMs: number): Promise<void> {
	let window = windows.get(claim.key);
	if (!window) {
		window = { capacity: claim.capacity, inFlight: new Map(), waiting: [], sweeping: false };
		windows.set(claim.key, window);
	}
	if (window.capacity !== claim.capacity) {
		window.capacity = claim.capacity;
		wake(window);
	}
	const current = window;
	while (current.inFlight.size >= Math.max(1, current.capacity)) {
		const turn = new Promise<void>((resolve) => current.waiting.push(resolve));
		if (!current.sweeping) void sweepStaleSlots(current, leaseMs);
		await turn;
	}
	current.inFlight.set(holder, Date.now());
}

/**
 * Waits for a slot in each window, in order (the node's own window first, then the account's, so an item never
 * holds an account slot while it waits for its node), and holds them until releaseSlot.
 */
export async function acquireSlots(
	holder: object,
	claims: WindowClaim[],
	leaseMs: number,
): Promise<void> {
	releaseSlot(holder);
	const taken: string[] = [];
	heldBy.set(holder, taken);
	for (const claim of claims) {
		await enter(holder, claim, leaseMs);
		taken.push(claim.key);
	}
}

/** One window only; kept for callers that throttle a single window. */
export async function acquireSlot(
	context: IExecuteSingleFunctions,
	capacity: number,
	leaseMs: number,
): Promise<void> {
	await acquireSlots(context, [{ key: nodeWindowKey(context), capacity }], leaseMs);
}

/** Frees the holder's slots, if it holds any, and lets the next waiting items send. */
export function releaseSlot(holder: object): void {
	const keys = heldBy.get(holder);
	if (!keys) return;
	heldBy.delete(holder);
	for (const key of keys) {
		const window = windows.get(key);
		if (!window) continue;
		window.inFlight.delete(holder);
		wake(window);
		if (!window.inFlight.size && !window.waiting.length) windows.delete(key);
	}
}

/** Requests in flight in one window (for tests and benchmarks). */
export function slotsInFlight(key: string): number {
	return windows.get(key)?.inFlight.size ?? 0;
}

/** postReceive step of every operation, after rate-limit retries: the item's answer is in, so its slot is free. */
export const releaseConcurrencySlot: PostReceiveHook = async function (items) {
	releaseSlot(this);
	return items;
};
