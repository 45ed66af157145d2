import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { inputError } from '../../shared/validation';
import {
	downloadFields,
	taskFailedError,
	taskItem,
	unsettledTaskItem,
	waitForTask,
	type WaitSettings,
} from './common';

const waiting = { waitForCompletion: [true] };

/**
 * Wait for Completion, Poll Interval, Max Wait, Download Audio and its output field: the same in every operation
 * that submits a task (Task → Create, Create from Script, the Audio operations).
 */
export const waitForCompletionFields: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		description:
			'Whether to wait until Vocu has generated the audio. Off returns the new task at once; use Task → Get later.',
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 600 },
		default: 5,
		description: 'How long to wait between status checks',
		displayOptions: { show: waiting },
	},
	{
		displayName: 'Max Wait (Seconds)',
		name: 'maxWait',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 86400 },
		default: 300,
		description:
			'How long to wait in total. A task still running then is returned with its ID and status (marked waitTimedOut), not submitted again.',
		displayOptions: { show: waiting },
	},
	...downloadFields(true, waiting),
];

/** Poll Interval and Max Wait of waitForCompletionFields, checked, in milliseconds. */
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
 * The created task; with Wait for Completion, the task once it is generated (made into an item by `generatedItem`,
 * with its audio) or failed (an error naming the task). A task still running at Max Wait is returned with its ID,
 * never submitted again.
 */
export function completeTask(
	generatedItem: (
		context: IExecuteSingleFunctions,
		task: IDataObject,
	) => Promise<INodeExecutionData>,
): PostReceiveHook {
	return async function (_items, response) {
		const task = ((response.body as IDataObject).data ?? {}) as IDataObject;
		// Without an ID there is nothing to poll; the answer is passed on as Vocu sent it.
		if (!(this.getNodeParameter('waitForCompletion', true) as boolean) || !task.id)
			return [{ json: task }];
		const result = await waitForTask(this, task, waitSettings(this));
		if (result.outcome === 'failed') throw taskFailedError(this, result.task);
		if (result.outcome !== 'generated') return [unsettledTaskItem(result)];
		return [await generatedItem(this, result.task)];
	};
}

export const completeCreatedTask: PostReceiveHook = completeTask(taskItem);
