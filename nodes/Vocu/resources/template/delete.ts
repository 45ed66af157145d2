import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { templateLocator } from '../../shared/fields/locators';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { deletedJson } from '../../shared/tool';
import { templateIdOf } from './common';

/** Vocu answers `{ status, message }` only. */
export async function confirmTemplateDeleted(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[]> {
	return [{ json: deletedJson({ templateId: templateIdOf(this) }) }];
}

export const deleteTemplate: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete a template',
	description: 'Delete a generation template (cannot be undone)',
	method: 'DELETE',
	path: API_PATHS.template,
	postReceive: [confirmTemplateDeleted],
	fields: [templateLocator()],
});
