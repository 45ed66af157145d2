import { isSettled, type Task } from './api';

/** When a task was first tracked and last looked at (ms since epoch). */
export type TrackedTask = { since: number; checked: number };

/**
 * What Task Finished remembers. `seen`: IDs of the newest tasks looked at, newest first (marks where new tasks
 * end). `tracked`: tasks that are not emitted yet but will be: still running, or settled and held back by Max
 * Items per Poll. `watermark`: the newest `createdAt` seen, when Vocu sends it.
 */
export type TaskMemory = {
	seen: string[];
	tracked: Record<string, TrackedTask>;
	watermark?: string;
};

/** Enough to find the boundary even after many deletions at the top (about 11 KB of IDs). */
export const SEEN_LIMIT = 300;
/** Tracked tasks: running ones, and a backlog held back by Max Items per Poll (a poll reads at most 250 new tasks). */
export const TRACKED_LIMIT = 500;
/** A task that has not finished in two days is not going to: stop checking it. */
export const TRACKED_MAX_AGE_MS = 48 * 3600_000;

function newestCreatedAt(tasks: Task[], current: string | undefined): string | undefined {
	let newest = current && Number.isFinite(Date.parse(current)) ? current : undefined;
	for (const task of tasks) {
		const created = task.createdAt ? Date.parse(task.createdAt) : NaN;
		if (Number.isFinite(created) && (!newest || created > Date.parse(newest)))
			newest = task.createdAt;
	}
	return newest;
}

export function track(memory: TaskMemory, id: string, now: number): void {
	memory.tracked[id] = { since: memory.tracked[id]?.since ?? now, checked: now };
}

/**
 * The memory at activation: the newest tasks count as seen; those still running are tracked, because their
 * finishing is an event after activation.
 */
export function baselineMemory(newest: Task[], now: number): TaskMemory {
	const memory: TaskMemory = { seen: [], tracked: {} };
	remember(memory, newest);
	for (const task of newest.filter((item) => !isSettled(item))) track(memory, task.id, now);
	return memory;
}

/** Marks `fresh` (newest first) as seen. */
export function remember(memory: TaskMemory, fresh: Task[]): void {
	const freshIds = fresh.map((task) => task.id);
	const ids = new Set(freshIds);
	memory.seen = [...freshIds, ...memory.seen.filter((id) => !ids.has(id))];
	const watermark = newestCreatedAt(fresh, memory.watermark);
	if (watermark) memory.watermark = watermark;
}

/** Keeps the memory bounded: the newest seen IDs, tracked tasks younger than the age limit, at most the cap. */
export function prune(memory: TaskMemory, now: number): string[] {
	memory.seen = memory.seen.slice(0, SEEN_LIMIT);
	const byAge = Object.entries(memory.tracked).sort(([, a], [, b]) => b.since - a.since);
	const kept = byAge
		.filter(([, entry]) => now - entry.since <= TRACKED_MAX_AGE_MS)
		.slice(0, TRACKED_LIMIT);
	memory.tracked = Object.fromEntries(kept);
	return byAge.filter(([id]) => !(id in memory.tracked)).map(([id]) => id);
}
