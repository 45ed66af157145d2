import type { Outcome } from './uploadSteps';

/** How sending an upload's chunks ended: the first `sent` chunks all arrived; `failed` is why the next did not. */
export interface ChunksSent {
	sent: number;
	failed?: { error: Error; attempts: number };
}

interface Releasable {
	release?: () => void;
}

/**
 * Sends `bodies` in order with at most `parallel` of them on the wire at once (1: one at a time, each after the
 * previous one's answer). At the first failure no further chunk is started; the ones in flight are waited for,
 * and the lowest failed index is reported, so every chunk before it is known to have arrived. A failure to read
 * the next body counts as that chunk's failure (attempts 0). Each body is released once its send has ended.
 */
export async function sendInWindow<T extends Releasable>(
	bodies: AsyncIterable<T>,
	parallel: number,
	send: (body: T) => Promise<Outcome<unknown>>,
): Promise<ChunksSent> {
	const inFlight = new Set<Promise<void>>();
	let next = 0;
	let failedAt = Number.POSITIVE_INFINITY;
	let failure: ChunksSent['failed'];
	const fail = (index: number, error: Error, attempts: number) => {
		if (index >= failedAt) return;
		failedAt = index;
		failure = { error, attempts };
	};
	try {
		for await (const body of bodies) {
			if (failure) {
				body.release?.();
				break;
			}
			const index = next++;
			const sending = send(body)
				.then(
					(outcome) => {
						if ('error' in outcome) fail(index, outcome.error, outcome.attempts);
					},
					(error) => fail(index, error as Error, 1),
				)
				.finally(() => {
					body.release?.();
					inFlight.delete(sending);
				});
			inFlight.add(sending);
			while (inFlight.size >= parallel && !failure) await Promise.race(inFlight);
			// Stop before the loop pulls the next body: after a failure nothing more is read from the store.
			if (failure) break;
		}
	} catch (error) {
		fail(next, error as Error, 0);
	}
	await Promise.all(inFlight);
	return failure ? { sent: failedAt, failed: failure } : { sent: next };
}
