import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { textField, updateFieldsCollection } from '../../shared/fields/common';

/**
 * Vocu's `…/info` calls (voice and style) write asymmetrically: `name` changes only when it is non-empty, while
 * `description` is always written, so leaving it out clears it. The node therefore always sends a description:
 * the user's, or the current one read from Vocu first. This is right under both readings of the docs (cleared or kept).
 */
export function updateInfoFields(what: 'voice' | 'style'): INodeProperties {
	return updateFieldsCollection([
		textField(
			'Description',
			'description',
			`New description of the ${what}. Leave this field out to keep the current one (the node reads it from Vocu and sends it again); add it empty to clear it.`,
		),
		textField('Name', 'name', `New name of the ${what}`),
	]);
}

export interface InfoUpdate {
	name?: string;
	/** Undefined: keep the current description (the caller reads it). */
	description?: string;
}

/** The user's Update Fields, checked: at least one of them, and a name that is not blank. */
export function infoUpdate(context: IExecuteSingleFunctions): InfoUpdate {
	const fields = context.getNodeParameter('updateFields', {}) as IDataObject;
	const itemIndex = context.getItemIndex();
	const refuse = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), `${message} [item ${itemIndex}]`, {
			description,
			itemIndex,
		});
	if (fields.name === undefined && fields.description === undefined) {
		throw refuse('Nothing to update', "Add 'Name' or 'Description' under 'Update Fields'.");
	}
	const update: InfoUpdate = {};
	if (fields.name !== undefined) {
		const name = String(fields.name ?? '').trim();
		if (!name) {
			throw refuse(
				"'Name' is empty",
				"Enter the new name, or remove 'Name' from 'Update Fields' to keep the current one (Vocu ignores an empty name).",
			);
		}
		update.name = name;
	}
	if (fields.description !== undefined) update.description = String(fields.description ?? '');
	return update;
}

/**
 * The preSend of Voice → Update and Update Style: sends `{ name?, description }`. Without a new description,
 * `currentDescription` reads the one Vocu has, which is sent again so that it is kept.
 */
export function sendInfoUpdate(
	currentDescription: (context: IExecuteSingleFunctions) => Promise<unknown>,
): PreSendHook {
	return async function sendInfo(requestOptions) {
		const update = infoUpdate(this);
		const description = update.description ?? (await currentDescription(this));
		requestOptions.body = {
			...(update.name !== undefined ? { name: update.name } : {}),
			description: typeof description === 'string' ? description : '',
		};
		return requestOptions;
	};
}
