import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { API_PATHS, fillPath } from '../../Vocu/shared/constants';
import { httpStatusOf } from '../../Vocu/shared/errors/httpCode';
import { asApiError, pollRequest } from '../context';

export interface Task extends IDataObject {
	id: string;
	status?: string;
	createdAt?: string;
}

/** Task states: pending → processing → generated | failed; only the last two are final. */
export const SETTLED_TASK_STATUSES = ['generated', 'failed'];

export const isSettled = (task: Task) => SETTLED_TASK_STATUSES.includes(String(task.status));

/** Vocu's task list has no total: a page shorter than the limit is the last one. */
export const PAGE_SIZE = 50;

function tasksOf(body: { data?: unknown }): Task[] {
	const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	return data.filter((task): task is Task => typeof task?.id === 'string' && task.id !== '');
}

/** One page of `GET /api/tts/generate`, newest first. */
export async function listTasks(context: IPollFunctions, offset: number): Promise<Task[]> {
	const body = await pollRequest<{ data?: unknown }>(context, {
		method: 'GET',
		path: API_PATHS.tasks,
		qs: { offset, limit: PAGE_SIZE },
		operationKey: 'task.getAll',
	});
	return tasksOf(body);
}

/** `GET /api/tts/generate/{id}`; undefined when the task no longer exists (deleted). */
export async function getTask(context: IPollFunctions, id: string): Promise<Task | undefined> {
	try {
		const body = await pollRequest<{ data?: Task }>(context, {
			method: 'GET',
			path: fillPath(API_PATHS.task, { taskId: id }),
			operationKey: 'task.get',
		});
		return body.data && typeof body.data === 'object' ? { ...body.data, id } : undefined;
	} catch (error) {
		if (error instanceof NodeApiError && httpStatusOf(error) === 404) return undefined;
		throw asApiError(context, error);
	}
}
