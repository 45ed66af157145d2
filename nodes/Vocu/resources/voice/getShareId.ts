import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { voiceIdOf } from './common';

/** The share ID is read from `data.shareId`; a top-level `shareId` (or a string `data`) is accepted too. */
export const outputShareId: PostReceiveHook = async function (_items, response) {
	const body = (response.body ?? {}) as IDataObject;
	const data = (body.data && typeof body.data === 'object' ? body.data : {}) as IDataObject;
	const shareId =
		data.shareId ?? body.shareId ?? (typeof body.data === 'string' ? body.data : undefined);
	if (typeof shareId !== 'string' || !shareId) {
		throw new NodeApiError(this.getNode(), body as JsonObject, {
			message: 'Vocu answered without a share ID',
			description:
				'The response had no shareId. Vocu may have changed this endpoint; check the voice in the Vocu web app and share it from there.',
			itemIndex: this.getItemIndex(),
		});
	}
	return [{ json: { voiceId: voiceIdOf(this), shareId } }];
};

/** Vocu does not document this endpoint: its path and the `data.shareId` answer come from third-party clients. */
export const getShareId: VocuOperation = operation({
	name: 'Get Share ID',
	action: 'Get share ID for voice',
	description: 'Get a one-time share ID that another account can redeem with Add by Share ID',
	method: 'GET',
	path: API_PATHS.voiceShareId,
	postReceive: [outputShareId],
	fields: [voiceLocator({ description: 'The voice to share' })],
});
