import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { confirmDeleted } from '../../shared/routing/output';
import { splitterLocator } from './common';

export const deleteSplitter: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete splitter',
	description:
		'Delete a saved splitter; its ID stops working in Task → Create from Script. Deleting it again fails.',
	method: 'DELETE',
	path: API_PATHS.splitter,
	postReceive: [confirmDeleted('splitterId')],
	fields: [splitterLocator({ description: 'The splitter to delete' })],
});
