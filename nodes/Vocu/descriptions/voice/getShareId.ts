import { API_PATHS } from '../../shared/constants';
import { operation, voiceLocator } from '../../shared/fields';
import { outputShareId } from '../../shared/voiceHooks';
import type { VoiceOperation } from './common';

/** Built from partial documentation (vocu-api.md §14): path and `data.shareId` come from third-party code. */
export const getShareId: VoiceOperation = {
	option: operation({
		name: 'Get Share ID',
		value: 'getShareId',
		action: 'Get a share ID for a voice',
		description: 'Get a one-time share ID that another account can redeem with Add by Share ID',
		method: 'GET',
		path: API_PATHS.voiceShareId,
		postReceive: [outputShareId],
	}),
	fields: [voiceLocator({ description: 'The voice to share' })],
};
