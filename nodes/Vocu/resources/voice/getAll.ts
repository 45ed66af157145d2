import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { returnAllAndLimit } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, stylesOf } from './common';

/** With Simplify on: the fields needed to pick a voice and a style. */
export async function simplifyVoicesIfAsked(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
	return items.map((item) => {
		const voice = item.json;
		return {
			...item,
			json: {
				id: voice.id,
				name: voice.name,
				status: voice.status,
				version: voice.version,
				from: voice.from,
				styles: stylesOf(voice).map((style) => ({ id: style.id, name: style.name })),
			},
		};
	});
}

/** Vocu returns every voice in one array (no paging), so Limit only trims the output. */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many voices',
	description: 'List the voices of the account, optionally with purchased market voices',
	method: 'GET',
	path: API_PATHS.voices,
	postReceive: [unwrapData, hideDeletedStyles, simplifyVoicesIfAsked],
	fields: [
		...returnAllAndLimit(),
		{
			displayName: 'Include Market Voices',
			name: 'showMarket',
			type: 'boolean',
			default: false,
			description:
				'Whether to include voices bought in the Vocu Voice Market (listed first; their IDs start with market:)',
			routing: { send: { type: 'query', property: 'showMarket' } },
		},
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description:
				'Whether to return only ID, name, status, version, source and styles (ID and name) instead of the full voice',
		},
	],
});
