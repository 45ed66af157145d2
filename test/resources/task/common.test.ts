import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { segmentInput } from '../../../nodes/Vocu/resources/task/regenerate';
import { waitForTask } from '../../../nodes/Vocu/resources/task/completion';
import getTask from '../../fixtures/api/tts.getTask.json';

describe('task helpers', () => {
	it('keeps only what a segment was made from when regenerating', () => {
		const segment = getTask.response.body.data.metadata.contents[0];
		const input = segmentInput(segment);
		expect(input).not.toHaveProperty('audio');
		expect(input).not.toHaveProperty('generatedAt');
		expect(input).toMatchObject({ voiceId: segment.voiceId, text: segment.text, emo_switch: [0, 0, 0, 0, 0] });
	});

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
		const result = await waitForTask(context, { id: 't1', status: 'pending' }, { pollIntervalMs: 1000, maxWaitMs: 60_000 });
		expect(result).toEqual({ task: { id: 't1', status: 'pending' }, outcome: 'timedOut' });
	});

	it('does not poll a task that is already settled', async () => {
		const context = {} as IExecuteSingleFunctions;
		const result = await waitForTask(context, { id: 't2', status: 'generated' }, { pollIntervalMs: 1000, maxWaitMs: 1000 });
		expect(result.outcome).toBe('generated');
	});
});
