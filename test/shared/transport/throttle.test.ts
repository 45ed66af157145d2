/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code: runs in Node, not inside n8n */
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { acquireSlots, nodeWindowKey } from '../../../nodes/Vocu/shared/transport/throttle';

function itemContext(executionId: string): IExecuteSingleFunctions {
	return {
		getNode: () => ({ id: 'node-1', name: 'Vocu' }),
		getExecutionId: () => executionId,
	} as unknown as IExecuteSingleFunctions;
}

/** Lets pending promise callbacks run. */
const settle = async () => await new Promise((resolve) => setImmediate(resolve));

/** A claim in progress: whether it got its slots yet, and its release once it does. */
async function probe(claims: Array<{ key: string; capacity: number }>) {
	const state = { entered: false };
	const release = acquireSlots(claims).then((free) => {
		state.entered = true;
		return free;
	});
	await settle();
	return { entered: state.entered, release };
}

describe('sliding concurrency window', () => {
	it('keeps at most `capacity` requests in flight and starts the next as soon as one ends (order, not time)', async () => {
		const started: number[] = [];
		const releases: Array<() => void> = [];
		const claim = [{ key: 'account-a', capacity: 3 }];
		const entering = Array.from({ length: 6 }, async (_, index) => {
			releases[index] = await acquireSlots(claim);
			started.push(index);
		});
		await settle();
		expect(started).toEqual([0, 1, 2]);
		// Item 1 ends first: exactly one more starts, while the slow item 0 still runs.
		releases[1]();
		releases[1]();
		await settle();
		expect(started).toEqual([0, 1, 2, 3]);
		for (const index of [0, 2, 3, 4, 5]) {
			await settle();
			releases[index]?.();
		}
		await Promise.all(entering);
		for (const release of releases) release();
		expect(started).toHaveLength(6);
		// Every slot came back: a full window of 3 can be taken again at once.
		const again = await Promise.all([1, 2, 3].map(async () => await acquireSlots(claim)));
		again.forEach((release) => release());
	});

	it('passes every window in order: a node window of 1 inside an account window of 3', async () => {
		const claims = [
			{ key: 'node-x', capacity: 1 },
			{ key: 'account-b', capacity: 3 },
		];
		const releaseFirst = await acquireSlots(claims);
		let secondIn = false;
		const waiting = acquireSlots(claims).then((release) => {
			secondIn = true;
			return release;
		});
		// Another node of the same account still gets an account slot.
		const releaseOther = await acquireSlots([{ key: 'account-b', capacity: 3 }]);
		await settle();
		expect(secondIn).toBe(false);
		// first + other hold 2 of account-b's 3: one more fits, two more do not.
		const third = await probe([{ key: 'account-b', capacity: 3 }]);
		const fourth = await probe([{ key: 'account-b', capacity: 3 }]);
		expect([third.entered, fourth.entered]).toEqual([true, false]);
		(await third.release)();
		(await fourth.release)();
		releaseFirst();
		const releaseSecond = await waiting;
		expect(secondIn).toBe(true);
		releaseSecond();
		releaseOther();
	});

	it('keeps windows apart', async () => {
		const a = await acquireSlots([{ key: nodeWindowKey(itemContext('exec-b')), capacity: 1 }]);
		const otherExecution = await probe([
			{ key: nodeWindowKey(itemContext('exec-c')), capacity: 1 },
		]);
		const sameExecution = await probe([{ key: nodeWindowKey(itemContext('exec-b')), capacity: 1 }]);
		expect([otherExecution.entered, sameExecution.entered]).toEqual([true, false]);
		(await otherExecution.release)();
		a();
		(await sameExecution.release)();
	});
});
