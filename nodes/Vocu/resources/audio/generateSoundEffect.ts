import { API_PATHS } from '../../shared/constants';
import { mapOptions, SOUND_EFFECT_OPTIONS } from '../../shared/contentBlocks';
import type { IDataObject } from 'n8n-workflow';
import { soundEffectOptionsField } from '../../shared/fields/contentOptions';
import { taskToolOutput } from '../../shared/toolResults';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import {
	audioTaskFields,
	completeAudioTask,
	promptField,
	promptText,
	sendAudioTask,
} from './common';

export const generateSoundEffect: VocuOperation = operation({
	name: 'Generate Sound Effect',
	action: 'Generate sound effect',
	description:
		'Make a sound effect from a description (an asynchronous task that spends credits). With Wait for Completion, returns the audio as binary',
	method: 'POST',
	path: API_PATHS.tasks,
	preSend: [
		sendAudioTask('sfx', async (context) => ({
			text: promptText(context),
			...mapOptions(
				context.getNodeParameter('soundEffectOptions', {}) as IDataObject,
				SOUND_EFFECT_OPTIONS,
			),
		})),
	],
	postReceive: [completeAudioTask],
	toolOutput: taskToolOutput,
	fields: [
		promptField('Description', 'e.g. A heavy wooden door creaks open'),
		soundEffectOptionsField(),
		...audioTaskFields,
	],
});
