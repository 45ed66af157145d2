import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import {
	filtersField,
	returnAllAndLimit,
	simplifyField,
	simplifyWith,
} from '../../shared/fields/common';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';
import { simpleTemplate } from './common';

const getManyFields: INodeProperties[] = [
	...returnAllAndLimit(),
	simplifyField(
		'ID, name, description, source and the number of segments',
		'templates with the text of every segment',
	),
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

export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many templates',
	description: 'List the generation templates of the account, newest first',
	method: 'GET',
	path: API_PATHS.templates,
	postReceive: [unwrapData, simplifyWith('simplifyTemplatesIfAsked', simpleTemplate)],
	paginated: true,
	fields: getManyFields,
});
