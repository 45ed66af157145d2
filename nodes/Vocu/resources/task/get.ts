import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { taskToolOutput } from '../../shared/toolResults';
import { optionsCollection, simplifyField, simplifyWith } from '../../shared/fields/common';
import {
	downloadFields,
	downloadSegmentsOption,
	fileNameOption,
	SIMPLE_TASK_FIELDS,
	simpleTask,
	taskIdField,
	taskItem,
} from './common';

/** The task, with its audio as binary when asked for and the task is generated. */
export const taskGetOutput: PostReceiveHook = async function (_items, response) {
	return [await taskItem(this, ((response.body as IDataObject).data ?? {}) as IDataObject)];
};

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get generation task',
	description: 'Get a generation task by its ID: its status and, once generated, the audio URL',
	method: 'GET',
	path: API_PATHS.task,
	// The audio is downloaded from the full task, then the JSON is simplified.
	postReceive: [taskGetOutput, simplifyWith('simplifyTaskIfAsked', simpleTask)],
	toolOutput: taskToolOutput,
	fields: [
		taskIdField,
		simplifyField(SIMPLE_TASK_FIELDS, 'task with its voices and generation settings'),
		...downloadFields(false),
		optionsCollection([downloadSegmentsOption, fileNameOption], {
			displayOptions: { show: { downloadAudio: [true] } },
		}),
	],
});
