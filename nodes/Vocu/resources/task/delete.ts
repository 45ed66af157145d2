import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { operation, type OperationSpec, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { deletedJson } from '../../shared/tool';
import { taskIdField } from './common';

/** Vocu answers `{ status, message }` only. */
export async function confirmTaskDeleted(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[]> {
	return [
		{ json: deletedJson({ taskId: String(this.getNodeParameter('taskId', '') ?? '').trim() }) },
	];
}

const deleteSpec: OperationSpec = {
	name: 'Delete',
	action: 'Delete a generation task',
	description:
		'Delete a finished (generated or failed) task. Vocu cannot cancel or delete a task that is still running.',
	method: 'DELETE',
	path: API_PATHS.task,
	postReceive: [confirmTaskDeleted],
};

const deleteFields: INodeProperties[] = [taskIdField];

export const deleteTask: VocuOperation = operation({ ...deleteSpec, fields: deleteFields });
