import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { returnAllAndLimit } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import { presetDescription, presetLabel } from './common';

/** Each preset as Vocu sends it (`key`, `i18n_name`, `i18n_description`, `config`), plus a readable name and description. */
export const labelPresets: PostReceiveHook = async function (items) {
	return items
		.filter((item) => typeof item.json.key === 'string')
		.map((item) => ({
			...item,
			json: {
				...item.json,
				name: presetLabel(item.json.key as string),
				description: presetDescription(item.json),
			},
		}));
};

/** Vocu returns every preset in one array (no paging), so Limit only trims the output. */
export const getAll: VocuOperation = operation({
	name: 'Get Many',
	action: 'Get many generation presets',
	description: "List the generation presets Vocu offers; pass a key as 'Preset' in Speech or Task",
	method: 'GET',
	path: API_PATHS.presets,
	postReceive: [unwrapData, labelPresets],
	fields: [...returnAllAndLimit()],
});
