import type { INodeProperties } from 'n8n-workflow';

import { sendBinaryAsDataUrl, type BinaryRule } from '../../shared/binary';
import {
	checkTrainingArchive,
	DEFAULT_CHUNK_RETRIES,
	MAX_CHUNK_RETRIES,
	outputChunkReceipt,
	outputFinishedUpload,
	outputUploadId,
	sendChunkAsMultipart,
	sendUploadIdAsBody,
	uploadArchiveChunks,
} from './common';
import { operation, resourceDescription } from '../../shared/routing/operation';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';

const UPLOAD_AUDIO_RULE: BinaryRule = {
	label: 'Audio file',
	maxBytes: LIMITS.uploadAudioBytes,
	mimeTypes: ['audio/', 'video/mp4', 'video/webm'],
};

const NEW_ZIP_UPLOAD = { body: { type: 'zip' } };

const LORA_HINT = 'Use the output uploadId as the training archive (lora) of Voice → Create for a professional clone.';

const uploadIdField: INodeProperties = {
	displayName: 'Upload ID',
	name: 'uploadId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 263cd424-d57e-4e9a-9cc0-9a1f07cc97bb',
	description: 'The uploadId output by File → Create Upload',
};

const uploadChunkFields: INodeProperties[] = [
	uploadIdField,
	{
		displayName: 'Chunk Index',
		name: 'chunkIndex',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		required: true,
		description: 'Position of this chunk in the file, counting from 0',
	},
	{
		displayName: 'Total Chunks',
		name: 'totalChunks',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		required: true,
		description: 'How many chunks the whole file is cut into',
	},
	inputBinaryField('The bytes of this chunk (one slice of the ZIP archive, in order, at most 50 MiB)'),
];

const uploadTrainingArchiveFields: INodeProperties[] = [
	inputBinaryField(`The ZIP archive of training samples. ${LORA_HINT}`),
	{
		displayName: 'Options',
		name: 'uploadOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Chunk Size (MiB)',
				name: 'chunkSizeMiB',
				type: 'number',
				typeOptions: {
					minValue: LIMITS.uploadChunkMinMiB,
					maxValue: LIMITS.uploadChunkMaxMiB,
					numberPrecision: 0,
				},
				default: 5,
				description:
					'Size of each uploaded piece. Memory use is a few chunks (about five), whatever the size of the file: smaller chunks use less memory, larger ones need fewer requests.',
			},
			{
				displayName: 'Retries per Chunk',
				name: 'chunkRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: MAX_CHUNK_RETRIES, numberPrecision: 0 },
				default: DEFAULT_CHUNK_RETRIES,
				description:
					'How often a chunk that failed on a network error, timeout, 429 or 5xx answer is sent again (with growing waits) before the upload stops',
			},
		],
	},
];

/** The File operations, keyed by operation value, in the order the dropdown shows them. */
export const fileOperations = {
	createUpload: operation({
		name: 'Create Upload',
		action: 'Create a chunked upload',
		description: 'Start a chunked upload of a ZIP training archive (step 1 of 3); outputs its uploadId',
		method: 'POST',
		path: API_PATHS.uploadNewFile,
		request: NEW_ZIP_UPLOAD,
		postReceive: [outputUploadId],
	}),
	finishUpload: operation({
		name: 'Finish Upload',
		action: 'Finish a chunked upload',
		description:
			'Complete a chunked upload after all its chunks are sent (step 3 of 3); outputs the uploadId to use as the training archive (lora) of Voice → Create',
		method: 'POST',
		path: API_PATHS.uploadFinish,
		preSend: [sendUploadIdAsBody],
		postReceive: [outputFinishedUpload],
		fields: [uploadIdField],
	}),
	uploadAudio: operation({
		name: 'Upload Audio',
		action: 'Upload an audio file',
		description:
			'Upload an audio file (up to 100 MB and 300 seconds) and get its URL, e.g. as input audio for voice conversion',
		method: 'POST',
		path: API_PATHS.uploadAudio,
		preSend: [sendBinaryAsDataUrl('binaryPropertyName', 'audio', UPLOAD_AUDIO_RULE)],
		postReceive: [unwrapData],
		fields: [inputBinaryField('The audio file to upload (a common audio format, up to 100 MB and 300 seconds)')],
	}),
	uploadChunk: operation({
		name: 'Upload Chunk',
		action: 'Upload one chunk of a file',
		description: 'Send one chunk of a chunked upload (step 2 of 3, once per chunk, in order)',
		method: 'POST',
		path: API_PATHS.uploadChunk,
		preSend: [sendChunkAsMultipart],
		postReceive: [outputChunkReceipt],
		fields: uploadChunkFields,
	}),
	uploadTrainingArchive: operation({
		name: 'Upload Training Archive',
		action: 'Upload a training archive',
		description:
			'Upload a ZIP of voice samples in chunks; outputs the uploadId to use as the training archive (lora) of Voice → Create',
		method: 'POST',
		path: API_PATHS.uploadNewFile,
		request: NEW_ZIP_UPLOAD,
		preSend: [checkTrainingArchive],
		postReceive: [uploadArchiveChunks],
		fields: uploadTrainingArchiveFields,
	}),
};

export const fileDescription: INodeProperties[] = resourceDescription('file', fileOperations, 'uploadAudio');
