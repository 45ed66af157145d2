/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code: runs in Node, not inside n8n */
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import {
	acquireSlot,
	acquireSlots,
	releaseSlot,
	slotsInFlight,
} from '../../../nodes/Vocu/shared/transport/throttle';

function itemContext(executionId: string): IExecuteSingleFunctions {
	return {
		getNode: () => ({ id: 'node-1', name: 'Vocu' }),
		getExecutionId: () => executionId,
	} as unknown as IExecuteSingleFunctions;
}

/** Lets pending promise callbacks run. */
const settle = async () => await new Promise((resolve) => setImmediate(resolve));

describe('sliding concurrency window', () => {
	it('keeps at most `capacity` requests in flight and starts the next as soon as one ends (order, not time)', async () => {
		const holders = Array.from({ length: 6 }, () => ({}));
		const started: number[] = [];
		const claim = [{ key: 'account-a', capacity: 3 }];
		const entering = holders.map(async (holder, index) => {
			await acquireSlots(holder, claim, 60_000);
			started.push(index);
		});
		await settle();
		expect(started).toEqual([0, 1, 2]);
		expect(slotsInFlight('account-a')).toBe(3);
		// Item 1 ends first: exactly one more starts, while the slow item 0 still runs.
		releaseSlot(holders[1]);
		await settle();
		expect(started).toEqual([0, 1, 2, 3]);
		expect(slotsInFlight('account-a')).toBe(3);
		for (const holder of holders) releaseSlot(holder);
		await Promise.all(entering);
		expect(started).toHaveLength(6);
		expect(slotsInFlight('account-a')).toBe(0);
	});

	it('passes every window in order: a node window of 1 inside an account window of 3', async () => {
		const claims = [
			{ key: 'node-x', capacity: 1 },
			{ key: 'account-b', capacity: 3 },
		];
		const [first, second] = [{}, {}];
		const other = {};
		await acquireSlots(first, claims, 60_000);
		let secondIn = false;
		const waiting = acquireSlots(second, claims, 60_000).then(() => (secondIn = true));
		// Another node of the same account still gets an account slot.
		await acquireSlots(other, [{ key: 'account-b', capacity: 3 }], 60_000);
		await settle();
		expect(secondIn).toBe(false);
		expect(slotsInFlight('account-b')).toBe(2);
		releaseSlot(first);
		await waiting;
		expect(slotsInFlight('account-b')).toBe(2);
		releaseSlot(second);
		releaseSlot(other);
	});

	it('keeps windows apart', async () => {
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
		// Without the sweep this would wait forever (and jest's timeout would fail the test).
		await acquireSlot(next, 1, 50);
		releaseSlot(next);
	});
});
