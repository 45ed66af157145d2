import { sendBinaryAsDataUrl } from '../../shared/binary';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { AVATAR_RULE, hideDeletedStyles } from './common';

export const uploadAvatar: VocuOperation = operation({
	name: 'Upload Avatar',
	action: 'Upload voice avatar',
	description: 'Set the avatar image of one of your voices, replacing the previous one',
	method: 'POST',
	path: API_PATHS.voiceAvatar,
	preSend: [sendBinaryAsDataUrl('binaryPropertyName', 'avatar', AVATAR_RULE)],
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [
		voiceLocator({ description: 'The voice whose avatar to set' }),
		inputBinaryField(
			'Name of the input binary field holding the image: PNG, JPEG or WebP, up to 10 MB',
		),
	],
});
