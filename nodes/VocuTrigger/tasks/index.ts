import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { VOICE_ID } from '../../Vocu/shared/validation';
import { DEFAULT_MAX_ITEMS } from '../description';
import { isFreshActivation, loadMemory, storeMemory } from '../memory';
import { isSettled, listTasks, PAGE_SIZE, type Task } from './api';
import { matchesTask, taskItem, type TaskFilters } from './item';
import { baselineMemory, prune, remember, track, type TaskMemory } from './memory';
import { MAX_PAGES, scanTasks, type ScanResult } from './scan';

const MEMORY_KEY = 'taskFinished';

/** Fetch Test Event looks this far back for a matching task. */
const TEST_EVENT_PAGES = 3;

function filtersOf(context: IPollFunctions): TaskFilters {
	const chosen = context.getNodeParameter('voiceId', '', { extractValue: true });
	const voiceId = String(chosen ?? '').trim();
	// A name here would match no task, and a live workflow would silently never fire.
	if (voiceId && !VOICE_ID.test(voiceId)) {
		throw new NodeOperationError(context.getNode(), `"${voiceId}" is not a voice ID`, {
			description:
				'Pick the voice from the list in "Only Tasks Using Voice", or paste its ID (a UUID, or market:<uuid>).',
		});
	}
	return { statuses: context.getNodeParameter('taskStatuses', ['generated']) as string[], voiceId };
}

/** Fetch Test Event: the newest settled task that passes the filters, so its fields can be mapped. */
async function testEvent(
	context: IPollFunctions,
	filters: TaskFilters,
): Promise<INodeExecutionData[][]> {
	let lookedAt = 0;
	let all = false;
	for (let page = 0; page < TEST_EVENT_PAGES; page++) {
		const tasks = await listTasks(context, page * PAGE_SIZE);
		lookedAt += tasks.length;
		const match = tasks.find((task) => isSettled(task) && matchesTask(task, filters));
		if (match) return [[await taskItem(context, match, 0)]];
		all = tasks.length < PAGE_SIZE;
		if (all) break;
	}
	const scope = all
		? `Looked at all ${lookedAt} task${lookedAt === 1 ? '' : 's'} of this account.`
		: `Looked at the newest ${lookedAt} tasks.`;
	throw new NodeOperationError(context.getNode(), 'No finished task matches the filters yet', {
		description: `${scope} Create a task (Vocu → Task → Create) or widen Task Statuses and the voice filter, then fetch again.`,
	});
}

/**
 * Settled tasks in the order they should go out, oldest first: tracked tasks fetched one by one (they are
 * older than the pages read) by when they were first tracked, then listed tasks from the bottom of the list up.
 */
function settledInOrder(memory: TaskMemory, scan: ScanResult): Task[] {
	const settled = [...scan.tracked.values(), ...scan.fresh].filter(isSettled);
	const rank = (task: Task) => scan.position.get(task.id) ?? Infinity;
	const since = (task: Task) => memory.tracked[task.id]?.since ?? 0;
	return settled.sort((a, b) => rank(b) - rank(a) || since(a) - since(b));
}

/** Picks up to `maxItems` matching tasks; the rest stay tracked for the next poll; non-matching ones are done. */
function selectTasks(
	memory: TaskMemory,
	candidates: Task[],
	filters: TaskFilters,
	maxItems: number,
	now: number,
) {
	const selected: Task[] = [];
	for (const task of candidates) {
		if (matchesTask(task, filters) && selected.length >= maxItems) {
			track(memory, task.id, now);
			continue;
		}
		delete memory.tracked[task.id];
		if (matchesTask(task, filters)) selected.push(task);
	}
	return selected;
}

/**
 * Task Finished. The first poll of a fresh activation only notes what exists; each later poll emits the tasks
 * that settled since, once each, oldest first. How the list is read is explained at scanTasks.
 */
export async function pollTaskFinished(
	context: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const filters = filtersOf(context);
	if (context.getMode() === 'manual') return await testEvent(context, filters);
	const now = Date.now();
	const memory = isFreshActivation(context)
		? undefined
		: loadMemory<TaskMemory>(context, MEMORY_KEY);
	if (!memory) {
		storeMemory(context, MEMORY_KEY, baselineMemory(await listTasks(context, 0), now));
		return null;
	}
	const scan = await scanTasks(context, memory);
	if (scan.truncated) {
		context.logger.warn(
			`Vocu Trigger: more than ${MAX_PAGES * PAGE_SIZE} tasks were created since the last poll; older ones are skipped. Poll more often.`,
		);
	}
	remember(memory, scan.fresh);
	for (const id of scan.gone) delete memory.tracked[id];
	for (const task of [...scan.fresh, ...scan.tracked.values()])
		if (!isSettled(task)) track(memory, task.id, now);
	const candidates = settledInOrder(memory, scan);
	const maxItems =
		Number(context.getNodeParameter('maxItems', DEFAULT_MAX_ITEMS)) || DEFAULT_MAX_ITEMS;
	const selected = selectTasks(memory, candidates, filters, maxItems, now);
	const dropped = prune(memory, now);
	if (dropped.length)
		context.logger.warn(`Vocu Trigger: stopped waiting for tasks ${dropped.join(', ')}`);
	const items: INodeExecutionData[] = [];
	for (const [index, task] of selected.entries()) items.push(await taskItem(context, task, index));
	storeMemory(context, MEMORY_KEY, memory);
	return items.length ? [items] : null;
}
