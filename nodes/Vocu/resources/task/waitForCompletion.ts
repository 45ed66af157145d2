import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { inputError } from '../../shared/validation';
import {
	taskFailedError,
	taskItem,
	unsettledTaskItem,
	waitForTask,
	type WaitSettings,
} from './common';

/** Wait for Completion of Create and Create from Script: Poll Interval and Max Wait, checked, in milliseconds. */
export function waitSettings(context: IExecuteSingleFunctions): WaitSettings {
	const node = context.getNode();
	const at = { itemIndex: context.getItemIndex() };
	const seconds = (name: string, label: string, min: number, max: number) => {
		const value = Number(context.getNodeParameter(name, min));
		if (!Number.isFinite(value) || value < min || value > max) {
			throw inputError(
				node,
				at,
				`'${label}' must be from ${min} to ${max} seconds`,
				`Got ${value}.`,
			);
		}
		return value * 1000;
	};
	return {
		pollIntervalMs: seconds('pollInterval', 'Poll Interval', 1, 600),
		maxWaitMs: seconds('maxWait', 'Max Wait', 1, 86_400),
	};
}

/**
 * The created task; with Wait for Completion, the task once it is generated (with its audio) or failed (an
 * error naming the task). A task still running at Max Wait is returned with its ID, never submitted again.
 */
export const completeCreatedTask: PostReceiveHook = async function (_items, response) {
	const task = ((response.body as IDataObject).data ?? {}) as IDataObject;
	// Without an ID there is nothing to poll; the answer is passed on as Vocu sent it.
	if (!(this.getNodeParameter('waitForCompletion', true) as boolean) || !task.id)
		return [{ json: task }];
	const result = await waitForTask(this, task, waitSettings(this));
	if (result.outcome === 'failed') throw taskFailedError(this, result.task);
	if (result.outcome !== 'generated') return [unsettledTaskItem(result)];
	return [await taskItem(this, result.task)];
};
