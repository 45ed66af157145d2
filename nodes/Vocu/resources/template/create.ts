import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';
import { textField } from '../../shared/fields/common';
import { segmentsField, templateDescriptionField } from './common';

const createFields: INodeProperties[] = [
	textField('Name', 'templateName', 'Name of the template (need not be unique)', {
		required: true,
		routing: { send: { type: 'body', property: 'name', value: '={{ $value.trim() }}' } },
	}),
	templateDescriptionField('What the template is for'),
	segmentsField,
];

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create template',
	description: 'Create a generation template from segments of voice and text',
	method: 'POST',
	path: API_PATHS.templates,
	postReceive: [unwrapData],
	fields: createFields,
});
