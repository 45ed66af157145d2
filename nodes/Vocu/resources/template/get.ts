import { API_PATHS } from '../../shared/constants';
import { templateLocator } from '../../shared/fields/locators';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get template',
	description: 'Get a generation template',
	method: 'GET',
	path: API_PATHS.template,
	postReceive: [unwrapData],
	fields: [templateLocator()],
});
