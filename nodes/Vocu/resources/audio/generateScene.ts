import type { IDataObject } from 'n8n-workflow';

import { API_PATHS } from '../../shared/constants';
import { sceneParameters } from '../../shared/contentBlocks';
import { sceneOptionsField } from '../../shared/fields/contentOptions';
import { taskToolOutput } from '../../shared/toolResults';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import {
	audioTaskFields,
	completeAudioTask,
	promptField,
	promptText,
	sendAudioTask,
} from './common';

export const generateScene: VocuOperation = operation({
	name: 'Generate Scene',
	action: 'Generate scene audio',
	description:
		'Make scene audio (ambience, voices, optional music) from a description (an asynchronous task that spends credits). With Wait for Completion, returns the audio as binary',
	method: 'POST',
	path: API_PATHS.tasks,
	preSend: [
		sendAudioTask('scene', async (context) => ({
			text: promptText(context),
			...sceneParameters(
				context.getNode(),
				{ itemIndex: context.getItemIndex() },
				context.getNodeParameter('sceneOptions', {}) as IDataObject,
			),
		})),
	],
	postReceive: [completeAudioTask],
	toolOutput: taskToolOutput,
	fields: [
		promptField('Description', 'e.g. A busy market at dawn, vendors calling out'),
		sceneOptionsField(),
		...audioTaskFields,
	],
});
