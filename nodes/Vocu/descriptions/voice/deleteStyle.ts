import { API_PATHS } from '../../shared/constants';
import { operation, styleField, voiceLocator } from '../../shared/fields';
import { unwrapData } from '../../shared/postReceive';
import { outputRemainingStyles, refuseDefaultStyle } from '../../shared/voiceHooks';
import type { VoiceOperation } from './common';

export const deleteStyle: VoiceOperation = {
	option: operation({
		name: 'Delete Style',
		value: 'deleteStyle',
		action: 'Delete a voice style',
		description: 'Delete a style of one of your voices; outputs the voice with its remaining styles',
		method: 'DELETE',
		path: API_PATHS.voiceStyle,
		preSend: [refuseDefaultStyle],
		postReceive: [unwrapData, outputRemainingStyles],
	}),
	fields: [
		voiceLocator({ description: 'The voice the style belongs to' }),
		styleField({
			default: '',
			required: true,
			description:
				'The style to delete; the default style cannot be deleted. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	],
};
