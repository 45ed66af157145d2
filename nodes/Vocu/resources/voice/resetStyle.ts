import { NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { voiceOf, styleIdParameter } from './current';
import { stylesOf, withoutDeletedStyles } from './common';

/** Vocu answers 200 for a style ID it does not know and resets nothing; the answer's style list tells. */
export const confirmStyleReset: PostReceiveHook = async function (_items, response) {
	const voice = voiceOf(response);
	const styleId = styleIdParameter(this);
	const styles = stylesOf(voice);
	if (styles.length && !styles.some((style) => style.id === styleId && style.deleted !== true)) {
		const itemIndex = this.getItemIndex();
		throw new NodeOperationError(
			this.getNode(),
			`The voice has no style '${styleId}'; nothing was reset [item ${itemIndex}]`,
			{
				description:
					"Choose the style from the list in 'Style Name or ID' (Voice → Get shows the styles and their IDs).",
				itemIndex,
			},
		);
	}
	return [{ json: withoutDeletedStyles(voice) }];
};

export const resetStyle: VocuOperation = operation({
	name: 'Reset Style',
	action: 'Reset voice style',
	description:
		'Throw away what Vocu derived from a style sample (transcript, preview, speech rate) so it is processed again on next use; the uploaded sample is kept',
	method: 'POST',
	path: API_PATHS.voiceStyleReset,
	postReceive: [confirmStyleReset],
	fields: [
		voiceLocator({
			description: 'The voice the style belongs to (only voices you created yourself)',
		}),
		styleField({ required: true }),
		{
			displayName: 'Enhance Audio',
			name: 'enhance',
			type: 'boolean',
			default: false,
			description:
				'Whether Vocu should enhance the sample when it processes it again. Always sent: Vocu replaces the previous setting.',
			routing: { send: { type: 'body', property: 'enhance' } },
		},
		{
			displayName: 'Remove Background Sound',
			name: 'vocalFilter',
			type: 'boolean',
			default: false,
			description:
				'Whether Vocu should separate the voice from background sound when it processes the sample again. Always sent: Vocu replaces the previous setting.',
			routing: { send: { type: 'body', property: 'vocalFilter' } },
		},
	],
});
