import type { IDataObject } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { mapOptions, MUSIC_OPTIONS } from '../../shared/contentBlocks';
import { musicOptionsField } from '../../shared/fields/contentOptions';
import { taskToolOutput } from '../../shared/toolResults';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import {
	audioTaskFields,
	completeAudioTask,
	promptField,
	promptText,
	sendAudioTask,
} from './common';

export const generateMusic: VocuOperation = operation({
	name: 'Generate Music',
	action: 'Generate music',
	description:
		'Make a music clip or song from a prompt (an asynchronous task that spends credits). With Wait for Completion, returns the audio as binary',
	method: 'POST',
	path: API_PATHS.tasks,
	preSend: [
		sendAudioTask('music', async (context) => ({
			text: promptText(context),
			...mapOptions(context.getNodeParameter('musicOptions', {}) as IDataObject, MUSIC_OPTIONS),
		})),
	],
	postReceive: [completeAudioTask],
	toolOutput: taskToolOutput,
	fields: [
		promptField('Prompt', 'e.g. Calm piano music bed for a podcast intro'),
		musicOptionsField(),
		...audioTaskFields,
	],
});
