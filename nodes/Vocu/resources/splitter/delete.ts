import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { splitterLocator } from './common';

/** Vocu answers `{ status: 200 }` only. */
export async function confirmSplitterDeleted(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[]> {
	const splitterId = String(
		this.getNodeParameter('splitterId', '', { extractValue: true }) ?? '',
	).trim();
	return [{ json: { deleted: true, splitterId } }];
}

export const deleteSplitter: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete a splitter',
	description:
		'Delete a saved splitter; its ID stops working in Task → Create from Script. Deleting it again fails.',
	method: 'DELETE',
	path: API_PATHS.splitter,
	postReceive: [confirmSplitterDeleted],
	fields: [splitterLocator({ description: 'The splitter to delete' })],
});
