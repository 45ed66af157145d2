import { API_PATHS } from '../../shared/constants';
import { operation, voiceLocator } from '../../shared/fields';
import { unwrapData } from '../../shared/postReceive';
import { hideDeletedStyles } from '../../shared/voiceHooks';
import type { VoiceOperation } from './common';

export const get: VoiceOperation = {
	option: operation({
		name: 'Get',
		value: 'get',
		action: 'Get a voice',
		description: 'Get a voice with its status and styles',
		method: 'GET',
		path: API_PATHS.voice,
		postReceive: [unwrapData, hideDeletedStyles],
	}),
	fields: [voiceLocator({ description: 'The voice to get' })],
};
