import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { voiceIdOf } from './common';
import { dataOf, styleIdParameter } from './current';

/** `data` is the transcript itself, or null when the style has none (not an error); `{ text }` is read too. */
export const outputTranscript: PostReceiveHook = async function (_items, response) {
	const data = dataOf(response);
	const text = data && typeof data === 'object' ? (data as IDataObject).text : data;
	const transcript = typeof text === 'string' ? text : null;
	return [{ json: { voiceId: voiceIdOf(this), styleId: styleIdParameter(this), transcript } }];
};

export const getStyleTranscript: VocuOperation = operation({
	name: 'Get Style Transcript',
	action: 'Get voice style transcript',
	description:
		"Get the text Vocu heard in a style's sample; transcript is null when there is none yet",
	method: 'GET',
	path: API_PATHS.voiceStyleTranscript,
	postReceive: [outputTranscript],
	fields: [
		voiceLocator({
			description: 'The voice the style belongs to (only voices you created yourself)',
		}),
		styleField({ required: true }),
	],
});
