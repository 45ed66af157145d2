import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../shared/fields';
import { createFields, createOperation } from './create';
import { deleteFields, deleteOperation } from './delete';
import { getFields, getOperation } from './get';
import { getAllFields, getAllOperation } from './getAll';
import { regenerateFields, regenerateOperation } from './regenerate';

export const taskDescription: INodeProperties[] = [
	operationSelector(
		'task',
		[createOperation, deleteOperation, getOperation, getAllOperation, regenerateOperation],
		'create',
	),
	...forOperation('task', 'create', createFields),
	...forOperation('task', 'delete', deleteFields),
	...forOperation('task', 'get', getFields),
	...forOperation('task', 'getAll', getAllFields),
	...forOperation('task', 'regenerate', regenerateFields),
];
