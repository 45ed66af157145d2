import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { returnAllAndLimit, simplifyField, simplifyWith } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, SIMPLE_VOICE_FIELDS, simpleVoice } from './common';

/** With Simplify on: the fields needed to pick a voice and a style. */
export const simplifyVoicesIfAsked = simplifyWith('simplifyVoicesIfAsked', simpleVoice);

/** Vocu returns every voice in one array (no paging), so Limit only trims the output. */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many voices',
	description:
		'List the voices of the account with their IDs, status and styles, optionally with purchased market voices (IDs market:<uuid>)',
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
		simplifyField(SIMPLE_VOICE_FIELDS, 'voice'),
	],
});
