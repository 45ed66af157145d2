import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { acquireSlot, releaseSlot } from '../../../nodes/Vocu/shared/transport/throttle';

function itemContext(executionId: string): IExecuteSingleFunctions {
	return {
		getNode: () => ({ id: 'node-1', name: 'Vocu' }),
		getExecutionId: () => executionId,
	} as unknown as IExecuteSingleFunctions;
}

describe('sliding concurrency window', () => {
	it('keeps at most `capacity` requests in flight and starts the next as soon as one ends', async () => {
		let inFlight = 0;
		let peak = 0;
		const started: number[] = [];
		const finished: number[] = [];
		const durations = [400, 10, 10, 10, 10, 10, 10, 10];
		const t0 = Date.now();
		await Promise.all(
			durations.map(async (ms, index) => {
				const context = itemContext('exec-a');
				await acquireSlot(context, 3, 60_000);
				started[index] = Date.now() - t0;
				peak = Math.max(peak, ++inFlight);
				await sleep(ms);
				inFlight--;
				finished[index] = Date.now() - t0;
				releaseSlot(context);
			}),
		);
		expect(peak).toBe(3);
		// Item 3 starts when item 1 (10 ms) ends, not when the slow item 0 ends.
		expect(started[3]).toBeGreaterThanOrEqual(finished[1]);
		expect(started[3]).toBeLessThan(finished[0]);
	});

	it('keeps executions apart', async () => {
		const a = itemContext('exec-b');
		const b = itemContext('exec-c');
		await acquireSlot(a, 1, 60_000);
		await acquireSlot(b, 1, 60_000);
		releaseSlot(a);
		releaseSlot(b);
	});

	it('takes back a slot whose request never answered once its lease expires', async () => {
		const lost = itemContext('exec-d');
		await acquireSlot(lost, 1, 50);
		const next = itemContext('exec-d');
		const t0 = Date.now();
		await acquireSlot(next, 1, 50);
		expect(Date.now() - t0).toBeLessThan(3_000);
		releaseSlot(next);
	});
});
