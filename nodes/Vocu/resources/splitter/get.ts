import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { unwrapData } from '../../shared/routing/output';
import { splitterLocator } from './common';

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get splitter',
	description:
		'Get a saved splitter with its rules (Vocu returns an empty configuration if it cannot read the stored one)',
	method: 'GET',
	path: API_PATHS.splitter,
	postReceive: [unwrapData],
	fields: [splitterLocator({ description: 'The splitter to get' })],
});
