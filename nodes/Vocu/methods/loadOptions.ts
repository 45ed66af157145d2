import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { API_PATHS, fillPath } from '../shared/constants';
import { httpStatusOf } from '../shared/errors/httpCode';
import { vocuRequest } from '../shared/transport/request';
import { VOICE_ID } from '../shared/validation';

interface Style extends IDataObject {
	id: string;
	name?: string;
	deleted?: boolean;
}

const DEFAULT_STYLE = { name: 'Default', value: 'default' };

/** The only option while the styles cannot be listed, with the reason where the editor shows it (the list). */
const defaultStyleBecause = (description: string): INodePropertyOptions[] => [
	{ ...DEFAULT_STYLE, description },
];

/**
 * Styles of the voice chosen in `voiceId`; Vocu keeps deleted styles in the list, flagged, so they are hidden.
 * The editor asks again on every keystroke in the Voice field, so only a whole voice ID is looked up.
 */
export async function getVoiceStyles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const chosen = this.getCurrentNodeParameter('voiceId', { extractValue: true });
	const voiceId = typeof chosen === 'string' ? chosen.trim() : '';
	if (!voiceId || voiceId.startsWith('=')) return [DEFAULT_STYLE];
	if (!VOICE_ID.test(voiceId)) {
		return defaultStyleBecause(
			'Styles appear once the Voice field holds a whole voice ID: a UUID, or market: followed by a UUID for a market voice.',
		);
	}
	const body = await vocuRequest<{ data?: { metadata?: { prompts?: Style[] } } }>(this, {
		method: 'GET',
		path: fillPath(API_PATHS.voice, { voiceId }),
		operationKey: 'voice.get',
	}).catch((error: unknown) => {
		if (error instanceof NodeApiError && httpStatusOf(error) === 404) return undefined;
		throw error;
	});
	if (!body) {
		return defaultStyleBecause(
			'This voice is not in this Vocu account (deleted or mistyped): choose another one.',
		);
	}
	const styles = (body.data?.metadata?.prompts ?? []).filter((style) => !style.deleted);
	const options = styles.map((style) => ({
		name:
			style.id === 'default' ? `${style.name ?? 'Default'} (Default)` : (style.name ?? style.id),
		value: style.id,
		description: typeof style.description === 'string' ? style.description : undefined,
	}));
	return options.some((option) => option.value === 'default')
		? options
		: [DEFAULT_STYLE, ...options];
}
