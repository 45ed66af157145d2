import type { IPollFunctions } from 'n8n-workflow';

import { getTask, listTasks, PAGE_SIZE, type Task } from './api';
import type { TaskMemory } from './memory';

/** At most this many list pages per poll (250 tasks): more new tasks than that between two polls are skipped. */
export const MAX_PAGES = 5;

/** Tracked tasks the list did not show are fetched one by one, at most this many per poll. */
export const MAX_SINGLE_CHECKS = 10;

export interface ScanResult {
	/** Tasks created since the last poll, newest first. */
	fresh: Task[];
	/** The current state of tracked tasks, by ID (a missing ID was not checked this poll). */
	tracked: Map<string, Task>;
	/** Where each listed task was in the list (0 = newest); tracked tasks fetched one by one have none. */
	position: Map<string, number>;
	/** Tracked tasks that no longer exist. */
	gone: string[];
	/** True when the page budget ran out before the boundary: older new tasks were skipped. */
	truncated: boolean;
}

function isOlderThanWatermark(task: Task, watermark: string | undefined): boolean {
	if (!watermark || !task.createdAt) return false;
	const created = Date.parse(task.createdAt);
	return Number.isFinite(created) && created < Date.parse(watermark);
}

/**
 * Reads the task list from the newest end. Everything above the first task already known (remembered ID, or
 * created before the newest creation time seen) is new; the list is ordered by creation time, so everything
 * below it was there at the last poll and was looked at then. Paging goes on past that boundary only to find
 * tracked tasks (running, or held back by the per-poll cap; see worthAnotherPage); the few left are fetched one
 * by one, so a task stuck for hours costs one request per poll, not a walk through the history. Offsets shift when tasks are created between two page reads, so IDs are de-duplicated.
 */
export async function scanTasks(context: IPollFunctions, memory: TaskMemory): Promise<ScanResult> {
	const known = new Set([...memory.seen, ...Object.keys(memory.tracked)]);
	const wanted = new Set(Object.keys(memory.tracked));
	const result: ScanResult = {
		fresh: [],
		tracked: new Map(),
		position: new Map(),
		gone: [],
		truncated: false,
	};
	let boundary = false;
	for (let page = 0; page < MAX_PAGES; page++) {
		const tasks = await listTasks(context, page * PAGE_SIZE);
		let foundTracked = false;
		for (const task of tasks) {
			if (result.position.has(task.id)) continue;
			result.position.set(task.id, result.position.size);
			boundary ||= known.has(task.id) || isOlderThanWatermark(task, memory.watermark);
			if (!boundary) result.fresh.push(task);
			if (wanted.delete(task.id)) {
				result.tracked.set(task.id, task);
				foundTracked = true;
			}
		}
		const morePages = tasks.length === PAGE_SIZE;
		if (!morePages || (boundary && !worthAnotherPage(wanted.size, foundTracked))) {
			return await checkRemaining(context, memory, wanted, result);
		}
	}
	result.truncated = !boundary;
	return await checkRemaining(context, memory, wanted, result);
}

/**
 * Past the boundary a page is read only for tracked tasks: when more are missing than one-by-one checks would
 * cover, or the page just read had some (they sit together, near the top, as tasks run in creation order).
 */
function worthAnotherPage(missing: number, foundOnLastPage: boolean): boolean {
	return missing > 0 && (missing > MAX_SINGLE_CHECKS || foundOnLastPage);
}

async function checkRemaining(
	context: IPollFunctions,
	memory: TaskMemory,
	wanted: Set<string>,
	result: ScanResult,
): Promise<ScanResult> {
	// Least recently checked first, so a few stuck tasks cannot starve the others.
	const due = [...wanted].sort((a, b) => memory.tracked[a].checked - memory.tracked[b].checked);
	for (const id of due.slice(0, MAX_SINGLE_CHECKS)) {
		const task = await getTask(context, id);
		if (task) result.tracked.set(id, task);
		else result.gone.push(id);
	}
	return result;
}
