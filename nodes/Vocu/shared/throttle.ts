import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
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
 * A request that failed at the network level never reaches a postReceive, so its slot is not released there;
 * while items wait, slots older than the request timeout are taken back.
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

/**
 * A preSend that waits for a free slot. `parameter` names the node parameter holding the capacity; the slot is
 * released by throwOnVocuError when the answer arrives.
 */
export function limitConcurrency(parameter: string, fallbackCapacity: number): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const capacity = this.getNodeParameter(parameter, fallbackCapacity) as number;
		if (capacity > 0) await acquireSlot(this, capacity, (requestOptions.timeout ?? 300_000) + 5_000);
		return requestOptions;
	};
}
