import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { operation } from '../../shared/fields';
import { downloadFields, downloadSegmentsOption, fileNameOption, taskIdField, taskItem } from './common';

/** The task, with its audio as binary when asked for and the task is generated. */
export async function taskGetOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [await taskItem(this, ((response.body as IDataObject).data ?? {}) as IDataObject)];
}

export const getOperation = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a generation task',
	description: 'Get the status and audio of a generation task',
	method: 'GET',
	path: API_PATHS.task,
	postReceive: [taskGetOutput],
});

export const getFields: INodeProperties[] = [
	taskIdField,
	...downloadFields(false),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { downloadAudio: [true] } },
		options: [downloadSegmentsOption, fileNameOption],
	},
];
