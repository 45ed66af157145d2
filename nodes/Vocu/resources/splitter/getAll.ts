import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { returnAllAndLimit } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';

/**
 * Vocu clamps `limit` to 1–50 without saying so: pages of 50 are asked for, and the shared paginator reads on until
 * `total` splitters are read or a page is empty (a short page does not end the list).
 */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many splitters',
	description: 'List saved splitters, newest first',
	method: 'GET',
	path: API_PATHS.splitters,
	paginated: { maxPageSize: LIMITS.splitterMaxPageSize },
	postReceive: [unwrapData],
	fields: returnAllAndLimit(),
});
