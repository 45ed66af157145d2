import { API_PATHS } from '../../shared/constants';
import { inputAudioFields, inputAudioUrl } from '../../shared/inputAudio';
import { taskToolOutput } from '../../shared/toolResults';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { audioTaskFields, completeAudioTask, sendAudioTask } from './common';

export const separateVocals: VocuOperation = operation({
	name: 'Separate Vocals',
	action: 'Separate vocals from accompaniment',
	description:
		'Split a song into vocals and accompaniment (stem separation; an asynchronous task that spends credits). Takes a binary file (uploaded first) or an uploaded audio URL; with Wait for Completion, returns every file as binary',
	method: 'POST',
	path: API_PATHS.tasks,
	preSend: [
		sendAudioTask('stem_separation', async (context, baseUrl) => ({
			input_audio: await inputAudioUrl(context, baseUrl),
		})),
	],
	postReceive: [completeAudioTask],
	toolOutput: taskToolOutput,
	fields: [...inputAudioFields('song to split'), ...audioTaskFields],
});
