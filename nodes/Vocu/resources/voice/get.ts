import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles } from './common';

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get a voice',
	description: 'Get a voice with its status and styles',
	method: 'GET',
	path: API_PATHS.voice,
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [voiceLocator({ description: 'The voice to get' })],
});
