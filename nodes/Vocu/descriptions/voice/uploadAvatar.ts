import { sendBinaryAsDataUrl } from '../../shared/binary';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField, operation, voiceLocator } from '../../shared/fields';
import { unwrapData } from '../../shared/postReceive';
import { AVATAR_RULE, hideDeletedStyles } from '../../shared/voiceHooks';
import type { VoiceOperation } from './common';

export const uploadAvatar: VoiceOperation = {
	option: operation({
		name: 'Upload Avatar',
		value: 'uploadAvatar',
		action: 'Upload a voice avatar',
		description: 'Set the avatar image of one of your voices, replacing the previous one',
		method: 'POST',
		path: API_PATHS.voiceAvatar,
		preSend: [sendBinaryAsDataUrl('binaryPropertyName', 'avatar', AVATAR_RULE)],
		postReceive: [unwrapData, hideDeletedStyles],
	}),
	fields: [
		voiceLocator({ description: 'The voice whose avatar to set' }),
		inputBinaryField('Name of the input binary field holding the image: PNG, JPEG or WebP, up to 10 MB'),
	],
};
