import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { API_PATHS, fillPath } from '../shared/constants';
import { httpStatusOf } from '../shared/errors/httpCode';
import { vocuRequest } from '../shared/transport/request';
import { SAFE_ID } from '../shared/validation';

interface Style extends IDataObject {
	id: string;
	name?: string;
	deleted?: boolean;
}

/** Styles of the voice chosen in `voiceId`; Vocu keeps deleted styles in the list, flagged, so they are hidden. */
export async function getVoiceStyles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const chosen = this.getCurrentNodeParameter('voiceId', { extractValue: true });
	const voiceId = typeof chosen === 'string' ? chosen.trim() : '';
	// No voice yet, or an expression that only resolves at run time: only the default style is known.
	if (!SAFE_ID.test(voiceId)) return [{ name: 'Default', value: 'default' }];
	const body = await vocuRequest<{ data?: { metadata?: { prompts?: Style[] } } }>(this, {
		method: 'GET',
		path: fillPath(API_PATHS.voice, { voiceId }),
		operationKey: 'voice.get',
	}).catch((error: unknown) => {
		// The editor shows only the message of a failed option list: say which voice is gone and what to do.
		if (error instanceof NodeApiError && httpStatusOf(error) === 404) {
			throw new NodeOperationError(
				this.getNode(),
				`The chosen voice (${voiceId}) is not in this Vocu account`,
				{
					description:
						'It may have been deleted. Choose another voice above, then open the Style list again.',
				},
			);
		}
		throw error;
	});
	const styles = (body.data?.metadata?.prompts ?? []).filter((style) => !style.deleted);
	const options = styles.map((style) => ({
		name:
			style.id === 'default' ? `${style.name ?? 'Default'} (Default)` : (style.name ?? style.id),
		value: style.id,
		description: typeof style.description === 'string' ? style.description : undefined,
	}));
	return options.some((option) => option.value === 'default')
		? options
		: [{ name: 'Default', value: 'default' }, ...options];
}
