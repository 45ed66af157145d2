import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { operation } from '../../shared/fields';
import { confirmSuccess } from '../../shared/postReceive';
import { taskIdField } from './common';

export const deleteOperation = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a generation task',
	description:
		'Delete a finished (generated or failed) task. Vocu cannot cancel or delete a task that is still running.',
	method: 'DELETE',
	path: API_PATHS.task,
	postReceive: [confirmSuccess],
});

export const deleteFields: INodeProperties[] = [taskIdField];
