import type { IDataObject } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { readCurrentVoice } from './current';
import { hideDeletedStyles } from './common';
import { sendInfoUpdate, updateInfoFields } from './infoFields';

/** Without a new description, the voice's current one is sent again (Vocu would clear it). */
const sendVoiceInfo = sendInfoUpdate(
	async (context) =>
		((await readCurrentVoice(context)).metadata as IDataObject | undefined)?.description,
);

export const update: VocuOperation = operation({
	name: 'Update',
	action: 'Update voice',
	description: 'Rename one of your voices or change its description; outputs the updated voice',
	method: 'POST',
	path: API_PATHS.voiceInfo,
	preSend: [sendVoiceInfo],
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [
		voiceLocator({ description: 'The voice to update (only voices you created yourself)' }),
		updateInfoFields('voice'),
	],
});
