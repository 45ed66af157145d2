import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { waitForTask } from '../../../nodes/Vocu/resources/task/common';

describe('waitForTask', () => {
	it('stops waiting, without asking Vocu, once the execution is cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		const context = {
			getExecutionCancelSignal: () => controller.signal,
			helpers: {
				httpRequestWithAuthentication: () => {
					throw new Error('must not poll');
				},
			},
		} as unknown as IExecuteSingleFunctions;
		const result = await waitForTask(
			context,
			{ id: 't1', status: 'pending' },
			{ pollIntervalMs: 1000, maxWaitMs: 60_000 },
		);
		expect(result).toEqual({ task: { id: 't1', status: 'pending' }, outcome: 'timedOut' });
	});

	it('does not poll a task that is already settled', async () => {
		const context = {} as IExecuteSingleFunctions;
		const result = await waitForTask(
			context,
			{ id: 't2', status: 'generated' },
			{ pollIntervalMs: 1000, maxWaitMs: 1000 },
		);
		expect(result.outcome).toBe('generated');
	});
});
