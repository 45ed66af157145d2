import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { confirmDeleted } from '../../shared/routing/output';
import { voiceLocator } from '../../shared/fields/locators';

export const deleteVoice: VocuOperation = operation({
	name: 'Delete',
	action: 'Delete voice',
	description: 'Delete one of your voices for good; running generations are not cancelled',
	method: 'DELETE',
	path: API_PATHS.voice,
	postReceive: [confirmDeleted('voiceId')],
	fields: [
		voiceLocator({ description: 'The voice to delete (only voices you created or imported)' }),
	],
});
