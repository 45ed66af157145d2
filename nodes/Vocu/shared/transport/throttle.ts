import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * A sliding window of requests in flight per execution and node. n8n starts every item's request at once;
 * Vocu serves only a few synchronous generations per account at a time and holds the rest (up to ~330 s, then
 * 429). Keeping exactly `capacity` requests in flight, and starting the next as soon as one finishes, is as fast
 * as the account allows without queueing at Vocu.
 */
interface Window {
	inFlight: Map<object, number>;
	waiting: Array<() => void>;
	sweeping: boolean;
}

const windows = new Map<string, Window>();
const heldBy = new WeakMap<object, string>();
const SWEEP_INTERVAL_MS = 1_000;

function windowKey(context: IExecuteSingleFunctions): string {
	const node = context.getNode();
	return `${context.getExecutionId()}\u0000${node.id ?? node.name}`;
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
			if (now - since > leaseMs) {
				window.inFlight.delete(holder);
				window.waiting.shift()?.();
			}
		}
	}
	window.sweeping = false;
}

export async function acquireSlot(context: IExecuteSingleFunctions, capacity: number, leaseMs: number): Promise<void> {
	const key = windowKey(context);
	let window = windows.get(key);
	if (!window) {
		window = { inFlight: new Map(), waiting: [], sweeping: false };
		windows.set(key, window);
	}
	while (window.inFlight.size >= Math.max(1, capacity)) {
		const turn = new Promise<void>((resolve) => window.waiting.push(resolve));
		if (!window.sweeping) void sweepStaleSlots(window, leaseMs);
		await turn;
	}
	window.inFlight.set(context, Date.now());
	heldBy.set(context, key);
}

/** Frees the item's slot, if it holds one, and lets the next waiting item send. */
export function releaseSlot(context: IExecuteSingleFunctions): void {
	const key = heldBy.get(context);
	if (key === undefined) return;
	heldBy.delete(context);
	const window = windows.get(key);
	if (!window) return;
	window.inFlight.delete(context);
	window.waiting.shift()?.();
	if (!window.inFlight.size && !window.waiting.length) windows.delete(key);
}

/** postReceive step of every operation, after rate-limit retries: the item's answer is in, so its slot is free. */
export async function releaseConcurrencySlot(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	releaseSlot(this);
	return items;
}
