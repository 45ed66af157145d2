import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { createUpload } from './createUpload';
import { finishUpload } from './finishUpload';
import { uploadAudio } from './uploadAudio';
import { uploadChunk } from './uploadChunk';
import { uploadTrainingArchive } from './uploadTrainingArchive';

/** The File operations, keyed by operation value, in the order the dropdown shows them. */
export const fileOperations = {
	createUpload,
	finishUpload,
	uploadAudio,
	uploadChunk,
	uploadTrainingArchive,
};

export const fileDescription: INodeProperties[] = resourceDescription(
	'file',
	fileOperations,
	'uploadAudio',
);
