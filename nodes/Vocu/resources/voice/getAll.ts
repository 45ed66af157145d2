import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { returnAllAndLimit, simplifyField, simplifyWith } from '../../shared/fields/common';
import type { PostReceiveHook } from '../../shared/routing/hooks';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, SIMPLE_VOICE_FIELDS, simpleVoice } from './common';

/** With Simplify on: the fields needed to pick a voice and a style. */
export const simplifyVoicesIfAsked = simplifyWith('simplifyVoicesIfAsked', simpleVoice);

/**
 * Name Contains: Vocu has no voice search and answers with every voice at once, so the node keeps the voices whose
 * name contains the text (not case-sensitive), before Limit. Lets an agent look a voice up by the name a user said.
 */
export const keepVoicesNamed: PostReceiveHook = async function (items) {
	const wanted = String(this.getNodeParameter('nameContains', '') ?? '')
		.trim()
		.toLowerCase();
	if (!wanted) return items;
	return items.filter((item) =>
		String(item.json.name ?? '')
			.toLowerCase()
			.includes(wanted),
	);
};

/** Vocu returns every voice in one array (no paging), so Limit only trims the output. */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many voices',
	description:
		'List the voices of the account with their IDs, status and styles, optionally only those whose name contains a text, and with purchased market voices (IDs market:<uuid>)',
	method: 'GET',
	path: API_PATHS.voices,
	postReceive: [unwrapData, keepVoicesNamed, hideDeletedStyles, simplifyVoicesIfAsked],
	fields: [
		...returnAllAndLimit(),
		{
			displayName: 'Name Contains',
			name: 'nameContains',
			type: 'string',
			default: '',
			placeholder: 'e.g. Anna',
			description:
				'Only voices whose name contains this text (not case-sensitive); empty lists every voice. Vocu has no voice search, so the node filters the list Vocu sends.',
		},
		{
			displayName: 'Include Market Voices',
			name: 'showMarket',
			type: 'boolean',
			default: false,
			description:
				'Whether to include voices bought in the Vocu Voice Market (listed first; their IDs start with market:)',
			routing: { send: { type: 'query', property: 'showMarket' } },
		},
		simplifyField(SIMPLE_VOICE_FIELDS, 'voice'),
	],
});
