import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceToolOutput } from '../../shared/toolResults';
import {
	filtersField,
	returnAllAndLimit,
	simplifyField,
	simplifyWith,
	textField,
} from '../../shared/fields/common';
import type { PostReceiveHook } from '../../shared/routing/hooks';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, SIMPLE_VOICE_FIELDS, simpleVoice } from './common';

/** With Simplify on: the fields needed to pick a voice and a style. */
export const simplifyVoicesIfAsked = simplifyWith('simplifyVoicesIfAsked', simpleVoice);

/**
 * Filters → Name Contains: Vocu has no voice search and answers with every voice at once, so the node keeps the
 * voices whose name contains the text (not case-sensitive), before Limit. Lets an agent look a voice up by the
 * name a user said.
 */
export const keepVoicesNamed: PostReceiveHook = async function (items) {
	const { nameContains } = this.getNodeParameter('filters', {}) as { nameContains?: string };
	const wanted = String(nameContains ?? '')
		.trim()
		.toLowerCase();
	if (!wanted) return items;
	return items.filter((item) =>
		String(item.json.name ?? '')
			.toLowerCase()
			.includes(wanted),
	);
};

const MODEL_VERSIONS = ['v4.0', 'v3.0', 'v2.0', 'v1.0'];

const voiceFilters = filtersField([
	{
		displayName: 'Include Clones in Training',
		name: 'includeTraining',
		type: 'boolean',
		default: true,
		description:
			'Whether to also list professional clones that are still training, wait for voiceprint verification, or failed training (Vocu hides them by default)',
		routing: {
			send: { type: 'query', property: 'show', value: '={{ $value ? "full" : undefined }}' },
		},
	},
	{
		displayName: 'Model Version',
		name: 'version',
		type: 'options',
		options: MODEL_VERSIONS.map((version) => ({ name: version, value: version })),
		default: 'v3.0',
		description: 'Only voices of this model version',
		routing: { send: { type: 'query', property: 'version' } },
	},
	textField(
		'Name Contains',
		'nameContains',
		'Only voices whose name contains this text (not case-sensitive). Vocu has no voice search, so the node filters the list Vocu sends.',
		{ placeholder: 'e.g. Anna' },
	),
]);

/** Vocu returns every voice in one array (no paging), so Limit only trims the output. */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many voices',
	description:
		'List the voices of the account with their IDs, status and styles, optionally filtered by name or model version, and with purchased market voices (IDs market:<uuid>)',
	method: 'GET',
	path: API_PATHS.voices,
	postReceive: [unwrapData, keepVoicesNamed, hideDeletedStyles, simplifyVoicesIfAsked],
	toolOutput: voiceToolOutput,
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
		voiceFilters,
	],
});
