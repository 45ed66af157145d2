import type { INodeProperties } from 'n8n-workflow';

import { voiceLocator } from '../Vocu/shared/fields/locators';
import { FINAL_TASK_STATUS_OPTIONS } from '../Vocu/shared/fields/taskStatus';

export const EVENTS = { taskFinished: 'taskFinished', voiceReady: 'voiceReady' } as const;

export const DEFAULT_MAX_ITEMS = 20;

const forTasks = { show: { event: [EVENTS.taskFinished] } };
const forVoices = { show: { event: [EVENTS.voiceReady] } };

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Task Finished',
				value: EVENTS.taskFinished,
				description: 'An asynchronous generation task was generated (or failed)',
			},
			{
				name: 'Voice Ready',
				value: EVENTS.voiceReady,
				description: 'A cloned voice finished: usable for generation, or failed',
			},
		],
		default: 'taskFinished',
	},
	{
		displayName: 'Task Statuses',
		name: 'taskStatuses',
		type: 'multiOptions',
		options: FINAL_TASK_STATUS_OPTIONS,
		default: ['generated'],
		description: 'Which outcomes start the workflow',
		displayOptions: forTasks,
	},
	voiceLocator({
		displayName: 'Only Tasks Using Voice',
		required: false,
		description:
			'Start only for tasks with at least one segment in this voice. Leave empty for any voice.',
		displayOptions: forTasks,
	}),
	{
		displayName: 'Attach Audio',
		name: 'attachAudio',
		type: 'boolean',
		default: false,
		description: 'Whether to download the merged MP3 of each generated task into a binary field',
		hint: 'The items always carry the audio URLs. Turn this on only when the next nodes need the file itself: every binary a polling trigger emits is held for the whole execution and, in queue mode, passed between main and worker.',
		displayOptions: forTasks,
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyOutput',
		type: 'string',
		default: 'data',
		description: 'The name of the binary field that receives the MP3',
		displayOptions: { show: { event: [EVENTS.taskFinished], attachAudio: [true] } },
	},
	{
		displayName: 'Voice Statuses',
		name: 'voiceStatuses',
		type: 'multiOptions',
		options: [
			{
				name: 'Usable',
				value: 'usable',
				description:
					'The voice can generate speech (pending, lora-success, lora-awaiting-auto-reupload)',
			},
			{
				name: 'Failed',
				value: 'failed',
				description:
					'Cloning failed or needs a new upload (failed, lora-failed, lora-need-reupload)',
			},
		],
		default: ['usable'],
		description: 'Which outcomes start the workflow',
		displayOptions: forVoices,
	},
	{
		displayName: 'Voice Sources',
		name: 'voiceSources',
		type: 'multiOptions',
		options: [
			{ name: 'Added by Share ID', value: 'library' },
			{ name: 'Community', value: 'community' },
			{ name: 'Own Clones', value: 'upload' },
			{ name: 'Voice Market Purchases', value: 'market' },
		],
		default: ['upload', 'library'],
		description: 'Which kinds of voices to watch, by where Vocu says they come from',
		displayOptions: forVoices,
	},
	{
		displayName: 'Max Items per Poll',
		name: 'maxItems',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 500 },
		default: DEFAULT_MAX_ITEMS,
		description:
			'Max number of items one poll emits; the rest come with the next poll, in order. Bounds the size of one execution.',
	},
];
