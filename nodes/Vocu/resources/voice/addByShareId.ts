import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { unwrapSharedVoice } from '../../shared/routing/output';
import { requireBodyText } from './common';

export const addByShareId: VocuOperation = operation({
	name: 'Add by Share ID',
	action: 'Add shared voice to account',
	description: 'Add a voice that someone shared with you to your account',
	method: 'POST',
	path: API_PATHS.voiceByShareId,
	preSend: [requireBodyText('shareId', 'Share ID')],
	postReceive: [unwrapSharedVoice],
	fields: [
		{
			displayName: 'Share ID',
			name: 'shareId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. e5a33e3e-6090-44f4-bf9c-60c150c99bbd',
			description:
				'The one-time share ID of a voice, from its owner (Voice → Get Share ID). Each ID works once.',
			routing: { send: { type: 'body', property: 'shareId', value: '={{ $value.trim() }}' } },
		},
	],
});
