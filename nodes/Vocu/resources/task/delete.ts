import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { confirmDeleted } from '../../shared/routing/output';
import { taskIdField } from './common';

export const deleteTask: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete generation task',
	description:
		'Delete a finished (generated or failed) task. Vocu cannot cancel or delete a task that is still running.',
	method: 'DELETE',
	path: API_PATHS.task,
	postReceive: [confirmDeleted('taskId')],
	fields: [taskIdField],
});
