import { sendBinaryAsDataUrl, type BinaryRule } from '../../shared/binary';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { unwrapData } from '../../shared/routing/output';

const UPLOAD_AUDIO_RULE: BinaryRule = {
	label: 'Audio file',
	maxBytes: LIMITS.uploadAudioBytes,
	mimeTypes: ['audio/', 'video/mp4', 'video/webm'],
};

export const uploadAudio: VocuOperation = operation({
	name: 'Upload Audio',
	action: 'Upload audio file',
	description:
		'Upload an audio file (up to 100 MB and 300 seconds) and get its URL, e.g. as input audio for voice conversion',
	method: 'POST',
	path: API_PATHS.uploadAudio,
	preSend: [sendBinaryAsDataUrl('binaryPropertyName', 'audio', UPLOAD_AUDIO_RULE)],
	postReceive: [unwrapData],
	fields: [
		inputBinaryField(
			'The audio file to upload (a common audio format, up to 100 MB and 300 seconds)',
		),
	],
});
