import { NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { deletedJson, unwrapData } from '../../shared/routing/output';
import { withoutDeletedStyles } from './common';

/** Vocu always refuses to delete the `default` style; say so without sending. */
export const refuseDefaultStyle: PreSendHook = async function (requestOptions) {
	const styleId = String(this.getNodeParameter('styleId', '') ?? '').trim();
	if (styleId === 'default') {
		const itemIndex = this.getItemIndex();
		throw new NodeOperationError(
			this.getNode(),
			`The default style of a voice cannot be deleted [item ${itemIndex}]`,
			{
				description:
					"Choose another style in 'Style Name or ID', or delete the whole voice with Voice → Delete.",
				itemIndex,
			},
		);
	}
	return requestOptions;
};

/** `deleted: true` and the style ID, then the voice with its remaining styles (Vocu may still list the removed one). */
export const outputRemainingStyles: PostReceiveHook = async function (items) {
	const styleId = String(this.getNodeParameter('styleId', '') ?? '').trim();
	return items.map((item) => ({
		...item,
		json: { ...deletedJson({ styleId }), ...withoutDeletedStyles(item.json, styleId) },
	}));
};

export const deleteStyle: VocuOperation = operation({
	name: 'Delete Style',
	action: 'Delete voice style',
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
