import type { IDataObject } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { textField, updateFieldsCollection } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import { inputError } from '../../shared/validation';
import {
	checkSplitterConfig,
	checkSplitterName,
	locationOf,
	parseConfig,
	splitterLocator,
} from './common';

/** Sends `{ name?, config? }`: at least one, each checked (the config as a change, see checkSplitterConfig). */
export const sendSplitterChanges: PreSendHook = async function (requestOptions) {
	const node = this.getNode();
	const at = locationOf(this);
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = checkSplitterName(node, at, fields.name);
	if (fields.config !== undefined) {
		const config = parseConfig(node, at, 'Configuration Changes', fields.config);
		checkSplitterConfig(node, at, 'Configuration Changes', config, true);
		body.config = config;
	}
	if (!Object.keys(body).length) {
		throw inputError(
			node,
			at,
			'Nothing to update',
			"Add 'Name' or 'Configuration Changes' under 'Update Fields'.",
		);
	}
	requestOptions.body = body;
	return requestOptions;
};

export const update: VocuOperation = operation({
	name: 'Update',
	action: 'Update splitter',
	description:
		'Rename a splitter or change its rules; changes are merged into the saved configuration',
	method: 'POST',
	path: API_PATHS.splitter,
	preSend: [sendSplitterChanges],
	postReceive: [unwrapData],
	fields: [
		splitterLocator({ description: 'The splitter to update' }),
		updateFieldsCollection([
			{
				displayName: 'Configuration Changes',
				name: 'config',
				type: 'json',
				default: '{}',
				description:
					'Changes as JSON, deep-merged by Vocu into the saved configuration: only the keys you send change; objects merge into objects, anything else (arrays too) replaces the old value, and null deletes a key (e.g. {"&lt;Ben&gt;": null}). Vocu checks the merged result and changes nothing if it breaks the rules.',
			},
			textField('Name', 'name', 'New name of the splitter, at most 100 characters'),
		]),
	],
});
