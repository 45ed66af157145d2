import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { API_PATHS } from '../shared/constants';
import { vocuRequest } from '../shared/transport/request';
import { DOCUMENTED_PRESETS, presetDescription, presetLabel } from '../resources/preset/common';

/**
 * The Preset dropdown of Speech and Task: the three documented names (always offered, so saved workflows keep
 * working) followed by the presets the account's Vocu serves. If Vocu cannot list them (an older server, a
 * network problem), the documented three are offered alone rather than failing the editor.
 */
export async function getPresets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const documented = DOCUMENTED_PRESETS.map(({ key, name, description }) => ({
		name,
		value: key,
		description,
	}));
	let served: IDataObject[] = [];
	try {
		const body = await vocuRequest<{ data?: unknown }>(this, {
			method: 'GET',
			path: API_PATHS.presets,
		});
		served = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	} catch {
		return documented;
	}
	const known = new Set(documented.map((option) => option.value));
	const fromVocu = served
		.filter((preset) => typeof preset.key === 'string' && !known.has(preset.key))
		.map((preset) => ({
			name: presetLabel(preset.key as string),
			value: preset.key as string,
			description: presetDescription(preset),
		}));
	return [...documented, ...fromVocu];
}
