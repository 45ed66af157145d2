import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { voiceLocator } from '../../shared/fields/locators';
import { deletedJson } from '../../shared/tool';
import { voiceIdOf } from './common';

/** Vocu answers `{ status, message }` only. */
export async function confirmVoiceDeleted(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[]> {
	return [{ json: deletedJson({ voiceId: voiceIdOf(this) }) }];
}

export const deleteVoice: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete a voice',
	description: 'Delete one of your voices for good; running generations are not cancelled',
	method: 'DELETE',
	path: API_PATHS.voice,
	postReceive: [confirmVoiceDeleted],
	fields: [
		voiceLocator({ description: 'The voice to delete (only voices you created or imported)' }),
	],
});
