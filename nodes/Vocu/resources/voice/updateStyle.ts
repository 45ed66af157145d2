import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { readCurrentVoice, requireStyle, styleIdParameter } from './current';
import { hideDeletedStyles } from './common';
import { sendInfoUpdate, updateInfoFields } from './infoFields';

/** Without a new description, the style's current one is sent again (Vocu would clear it). */
const sendStyleInfo = sendInfoUpdate(async (context) => {
	const voice = await readCurrentVoice(context);
	return requireStyle(context.getNode(), context.getItemIndex(), voice, styleIdParameter(context))
		.description;
});

export const updateStyle: VocuOperation = operation({
	name: 'Update Style',
	action: 'Update voice style',
	description: 'Rename a style of one of your voices or change its description; outputs the voice',
	method: 'POST',
	path: API_PATHS.voiceStyleInfo,
	preSend: [sendStyleInfo],
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [
		voiceLocator({
			description: 'The voice the style belongs to (only voices you created yourself)',
		}),
		styleField({
			required: true,
			description:
				'The style to update. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		updateInfoFields('style'),
	],
});
