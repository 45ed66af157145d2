import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { readCurrentVoice, requireStyle, styleIdParameter } from './current';
import { hideDeletedStyles } from './common';
import { infoUpdate, updateInfoFields } from './infoFields';

/** Sends `{ name?, description }` for one style; without a new description the style's current one is sent again. */
export async function sendStyleInfo(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const update = infoUpdate(this);
	let description = update.description;
	if (description === undefined) {
		const style = requireStyle(this.getNode(), this.getItemIndex(), await readCurrentVoice(this), styleIdParameter(this));
		description = typeof style.description === 'string' ? style.description : '';
	}
	requestOptions.body = { ...(update.name !== undefined ? { name: update.name } : {}), description };
	return requestOptions;
}

export const updateStyle: VocuOperation = operation({
	name: 'Update Style',
	action: 'Update a voice style',
	description: 'Rename a style of one of your voices or change its description; outputs the voice',
	method: 'POST',
	path: API_PATHS.voiceStyleInfo,
	preSend: [sendStyleInfo],
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [
		voiceLocator({ description: 'The voice the style belongs to (only voices you created yourself)' }),
		styleField({ required: true, description: 'The style to update. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
		updateInfoFields('style'),
	],
});
