import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceToolOutput } from '../../shared/toolResults';
import { simplifyField, simplifyWith } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, SIMPLE_VOICE_FIELDS, simpleVoice } from './common';

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get voice',
	description: 'Get a voice by its ID with its status and styles',
	method: 'GET',
	path: API_PATHS.voice,
	postReceive: [unwrapData, hideDeletedStyles, simplifyWith('simplifyVoiceIfAsked', simpleVoice)],
	toolOutput: voiceToolOutput,
	fields: [
		voiceLocator({ description: 'The voice to get' }),
		simplifyField(SIMPLE_VOICE_FIELDS, 'voice with its metadata'),
	],
});
