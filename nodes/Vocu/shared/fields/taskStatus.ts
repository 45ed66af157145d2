import type { INodePropertyOptions } from 'n8n-workflow';

/** The states of a Vocu generation task (Task → Get Many's filter, the trigger's Task Statuses). */
export const TASK_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Failed', value: 'failed', description: 'Vocu could not generate the audio' },
	{ name: 'Generated', value: 'generated', description: 'The audio is ready' },
	{ name: 'Pending', value: 'pending', description: 'Queued, not started yet' },
	{ name: 'Processing', value: 'processing', description: 'Being generated' },
];

/** The states a task ends in. */
export const FINAL_TASK_STATUS_OPTIONS = TASK_STATUS_OPTIONS.filter((option) =>
	['failed', 'generated'].includes(String(option.value)),
);
