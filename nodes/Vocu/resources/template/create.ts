import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';
import { segmentsField } from './common';

const createFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'templateName',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the template (need not be unique)',
		routing: { send: { type: 'body', property: 'name', value: '={{ $value.trim() }}' } },
	},
	{
		displayName: 'Description',
		name: 'templateDescription',
		type: 'string',
		default: '',
		description: 'What the template is for',
		routing: {
			send: { type: 'body', property: 'description', value: '={{ $value.trim() || undefined }}' },
		},
	},
	segmentsField,
];

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create a template',
	description: 'Create a generation template from segments of voice and text',
	method: 'POST',
	path: API_PATHS.templates,
	postReceive: [unwrapData],
	fields: createFields,
});
