import type { INodeProperties } from 'n8n-workflow';

import { operation, resourceDescription } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { filtersField, returnAllAndLimit, segmentVoiceIdField } from '../../shared/fields/common';
import { templateLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { confirmTemplateDeleted, rereadTemplate, sendTemplateSegments } from './common';

const segmentsField: INodeProperties = {
	displayName: 'Segments',
	name: 'segments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Segment',
	default: {},
	required: true,
	description: 'The lines of the template, in order: which voice speaks which text',
	options: [
		{
			displayName: 'Segment',
			name: 'segment',
			values: [
				segmentVoiceIdField(
					'ID of the voice that speaks this segment: a UUID, or market: followed by the UUID for a market voice. Vocu stores the voices of a template as numbered slots, not as IDs.',
				),
				{
					displayName: 'Text',
					name: 'text',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					required: true,
					description: 'What the voice says in this segment',
				},
			],
		},
	],
	routing: { send: { preSend: [sendTemplateSegments] } },
};

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
		routing: { send: { type: 'body', property: 'description', value: '={{ $value.trim() || undefined }}' } },
	},
	segmentsField,
];

const updateFields: INodeProperties[] = [
	{
		displayName: 'Update replaces the whole template: its segments and description are overwritten by the values below',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Name',
		name: 'templateName',
		type: 'string',
		default: '',
		description: 'New name of the template. Leave empty to keep the current name.',
		routing: { send: { type: 'body', property: 'name', value: '={{ $value.trim() || undefined }}' } },
	},
	{
		displayName: 'Description',
		name: 'templateDescription',
		type: 'string',
		default: '',
		description: 'New description. Leave empty to remove the description (update is a full replacement).',
		routing: { send: { type: 'body', property: 'description', value: '={{ $value.trim() || undefined }}' } },
	},
	{
		...segmentsField,
		description: 'All segments of the template, in order. They replace the current segments.',
	},
];

const getManyFields: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersField([
		{
			displayName: 'Source',
			name: 'from',
			type: 'options',
			default: 'self',
			description: 'Only templates of this origin',
			options: [
				{ name: 'Library', value: 'library', description: 'Templates added from the community' },
				{ name: 'Own', value: 'self', description: 'Templates created in this account' },
			],
			routing: { send: { type: 'query', property: 'from' } },
		},
	]),
];

/** The Template operations, keyed by operation value, in the order the dropdown shows them. */
export const templateOperations = {
	create: operation({
		name: 'Create',
		action: 'Create a template',
		description: 'Create a generation template from segments of voice and text',
		method: 'POST',
		path: API_PATHS.templates,
		postReceive: [unwrapData],
		fields: createFields,
	}),
	delete: operation({
		name: 'Delete',
		action: 'Delete a template',
		description: 'Delete a generation template (cannot be undone)',
		method: 'DELETE',
		path: API_PATHS.template,
		postReceive: [confirmTemplateDeleted],
		fields: [templateLocator()],
	}),
	get: operation({
		name: 'Get',
		action: 'Get a template',
		description: 'Get a generation template',
		method: 'GET',
		path: API_PATHS.template,
		postReceive: [unwrapData],
		fields: [templateLocator()],
	}),
	getAll: operation({
		name: 'Get Many',
		action: 'Get many templates',
		description: 'List the generation templates of the account, newest first',
		method: 'GET',
		path: API_PATHS.templates,
		postReceive: [unwrapData],
		paginated: true,
		fields: getManyFields,
	}),
	update: operation({
		name: 'Update',
		action: 'Update a template',
		description:
			'Replace a template: name (optional), description and all segments are overwritten; outputs the template as stored',
		method: 'POST',
		path: API_PATHS.template,
		postReceive: [rereadTemplate],
		fields: [templateLocator(), ...updateFields],
	}),
};

export const templateDescription: INodeProperties[] = resourceDescription('template', templateOperations, 'getAll');
