import { API_PATHS } from '../../shared/constants';
import { confirmDeleted } from '../../shared/routing/output';
import { templateLocator } from '../../shared/fields/locators';
import { operation, type VocuOperation } from '../../shared/routing/operation';

export const deleteTemplate: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete template',
	description: 'Delete a generation template (cannot be undone)',
	method: 'DELETE',
	path: API_PATHS.template,
	postReceive: [confirmDeleted('templateId')],
	fields: [templateLocator()],
});
