import { API_PATHS } from '../../shared/constants';
import { operation, voiceLocator } from '../../shared/fields';
import { confirmVoiceDeleted } from '../../shared/voiceHooks';
import type { VoiceOperation } from './common';

export const deleteVoice: VoiceOperation = {
	option: operation({
		name: 'Delete',
		value: 'delete',
		action: 'Delete a voice',
		description: 'Delete one of your voices for good; running generations are not cancelled',
		method: 'DELETE',
		path: API_PATHS.voice,
		postReceive: [confirmVoiceDeleted],
	}),
	fields: [voiceLocator({ description: 'The voice to delete (only voices you created or imported)' })],
};
