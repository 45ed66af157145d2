import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { readCurrentVoice } from './current';
import { hideDeletedStyles } from './common';
import { infoUpdate, updateInfoFields } from './infoFields';

/** Sends `{ name?, description }`; without a new description the current one is read first and sent again. */
export async function sendVoiceInfo(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const update = infoUpdate(this);
	let description = update.description;
	if (description === undefined) {
		const metadata = ((await readCurrentVoice(this)).metadata ?? {}) as IDataObject;
		description = typeof metadata.description === 'string' ? metadata.description : '';
	}
	requestOptions.body = { ...(update.name !== undefined ? { name: update.name } : {}), description };
	return requestOptions;
}

export const update: VocuOperation = operation({
	name: 'Update',
	action: 'Update a voice',
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
