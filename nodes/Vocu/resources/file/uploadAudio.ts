import { API_PATHS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';
import { sendCheckedAudio } from '../../shared/inputAudio';

export const uploadAudio: VocuOperation = operation({
	name: 'Upload Audio',
	action: 'Upload audio file',
	description:
		'Upload an audio file (up to 100 MB and 300 seconds, checked before sending) and get its URL, e.g. as input audio for voice conversion or a task segment',
	method: 'POST',
	path: API_PATHS.uploadAudio,
	preSend: [sendCheckedAudio],
	postReceive: [unwrapData],
	fields: [
		inputBinaryField(
			'The audio file to upload (a common audio format, up to 100 MB and 300 seconds)',
		),
	],
});
