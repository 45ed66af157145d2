import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { API_PATHS, fillPath } from '../../shared/constants';
import { templateLocator } from '../../shared/fields/locators';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { vocuRequest } from '../../shared/transport/request';
import { textField } from '../../shared/fields/common';
import {
	segmentsField,
	templateDescriptionField,
	templateIdOf,
	TRIMMED_OR_OMITTED,
} from './common';

/** Vocu answers an update without the template, so it is read again: the output is the template as now stored. */
export const rereadTemplate: PostReceiveHook = async function () {
	const body = await vocuRequest<{ data?: IDataObject }>(this, {
		method: 'GET',
		path: fillPath(API_PATHS.template, { templateId: templateIdOf(this) }),
		operationKey: 'template.get',
	});
	return [{ json: body.data ?? {} }];
};

const updateFields: INodeProperties[] = [
	{
		displayName:
			'Update replaces the whole template: its segments and description are overwritten by the values below',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	textField(
		'Name',
		'templateName',
		'New name of the template. Leave empty to keep the current name.',
		{ routing: { send: { type: 'body', property: 'name', value: TRIMMED_OR_OMITTED } } },
	),
	templateDescriptionField(
		'New description. Leave empty to remove the description (update is a full replacement).',
	),
	{
		...segmentsField,
		description: 'All segments of the template, in order. They replace the current segments.',
	},
];

export const update: VocuOperation = operation({
	name: 'Update',
	action: 'Update template',
	description:
		'Replace a template: name (optional), description and all segments are overwritten; outputs the template as stored',
	method: 'POST',
	path: API_PATHS.template,
	postReceive: [rereadTemplate],
	fields: [templateLocator(), ...updateFields],
});
