import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import {
	filtersField,
	returnAllAndLimit,
	simplifyField,
	simplifyWith,
} from '../../shared/fields/common';
import { TASK_STATUS_OPTIONS } from '../../shared/fields/taskStatus';
import { unwrapData } from '../../shared/routing/output';
import { SIMPLE_TASK_FIELDS, simpleTask } from './common';

export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many generation tasks',
	description: 'List generation tasks, newest first',
	method: 'GET',
	path: API_PATHS.tasks,
	paginated: true,
	postReceive: [unwrapData, simplifyWith('simplifyTasksIfAsked', simpleTask)],
	fields: [
		...returnAllAndLimit(),
		simplifyField(SIMPLE_TASK_FIELDS, 'tasks with their voices and generation settings'),
		filtersField([
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: TASK_STATUS_OPTIONS,
				default: 'generated',
				description: 'Only return tasks in this state',
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
});
