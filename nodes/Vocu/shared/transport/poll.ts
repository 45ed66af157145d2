import { sleep } from 'n8n-workflow';

import type { VocuContext } from './request';
import { isTransientFailure } from './retry';

export interface PollSettings {
	intervalMs: number;
	maxWaitMs: number;
	/** Transient failures (see isTransientFailure) in a row that end the wait; others end it at once. */
	maxFailedPolls?: number;
}

export type PollResult<T> =
	| { outcome: 'done'; value: T }
	| { outcome: 'timedOut'; value: T }
	| { outcome: 'pollFailed'; value: T; error: Error };

/**
 * The one poll loop (Task → Wait for Completion, Voice → Wait Until Ready): reads until `isDone`, or until
 * `maxWaitMs` has passed (the last read happens at that moment) or the execution is cancelled. Never throws for a
 * failed read: the caller gets the last known value with the outcome and decides.
 */
export async function pollUntil<T>(
	context: VocuContext,
	initial: T,
	isDone: (value: T) => boolean,
	read: () => Promise<T>,
	settings: PollSettings,
): Promise<PollResult<T>> {
	const deadline = Date.now() + settings.maxWaitMs;
	const maxFailedPolls = settings.maxFailedPolls ?? Infinity;
	let value = initial;
	let failedPolls = 0;
	while (!isDone(value)) {
		const remainingMs = deadline - Date.now();
		const cancelled =
			'getExecutionCancelSignal' in context && context.getExecutionCancelSignal()?.aborted === true;
		if (remainingMs <= 0 || cancelled) return { outcome: 'timedOut', value };
		await sleep(Math.min(settings.intervalMs, remainingMs));
		try {
			value = await read();
			failedPolls = 0;
		} catch (error) {
			failedPolls++;
			if (!isTransientFailure(error) || failedPolls >= maxFailedPolls) {
				return { outcome: 'pollFailed', value, error: error as Error };
			}
		}
	}
	return { outcome: 'done', value };
}
