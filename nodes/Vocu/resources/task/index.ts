import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { create } from './create';
import { createFromScript } from './createFromScript';
import { deleteTask } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { regenerate } from './regenerate';

/** The Task operations, keyed by operation value, in the order the dropdown shows them. */
export const taskOperations = {
	create,
	createFromScript,
	delete: deleteTask,
	get,
	getAll,
	regenerate,
};

export const taskDescription: INodeProperties[] = resourceDescription(
	'task',
	taskOperations,
	'create',
);
