import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { filtersField, operation, returnAllAndLimit } from '../../shared/fields';
import { unwrapData } from '../../shared/postReceive';

export const getAllOperation = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many generation tasks',
	description: 'List generation tasks, newest first',
	method: 'GET',
	path: API_PATHS.tasks,
	paginated: true,
	postReceive: [unwrapData],
});

export const getAllFields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersField([
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Failed', value: 'failed' },
				{ name: 'Generated', value: 'generated' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Processing', value: 'processing' },
			],
			default: 'generated',
			description: 'Only return tasks in this state',
			routing: { send: { type: 'query', property: 'status' } },
		},
	]),
];
