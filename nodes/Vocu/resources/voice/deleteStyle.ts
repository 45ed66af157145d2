import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { outputRemainingStyles, refuseDefaultStyle } from './hooks';

export const deleteStyle: VocuOperation = operation({
	name: 'Delete Style',
	action: 'Delete a voice style',
	description: 'Delete a style of one of your voices; outputs the voice with its remaining styles',
	method: 'DELETE',
	path: API_PATHS.voiceStyle,
	preSend: [refuseDefaultStyle],
	postReceive: [unwrapData, outputRemainingStyles],
	fields: [
		voiceLocator({ description: 'The voice the style belongs to' }),
		styleField({
			default: '',
			required: true,
			description:
				'The style to delete; the default style cannot be deleted. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	],
});
