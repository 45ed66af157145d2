import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { outputShareId } from './hooks';

/** Built from partial documentation (vocu-api.md §14): path and `data.shareId` come from third-party code. */
export const getShareId: VocuOperation = operation({
	name: 'Get Share ID',
	action: 'Get a share ID for a voice',
	description: 'Get a one-time share ID that another account can redeem with Add by Share ID',
	method: 'GET',
	path: API_PATHS.voiceShareId,
	postReceive: [outputShareId],
	fields: [voiceLocator({ description: 'The voice to share' })],
});
