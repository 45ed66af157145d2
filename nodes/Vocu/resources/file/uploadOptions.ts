import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { LIMITS } from '../../shared/constants';
import { numberInRange } from '../../shared/validation';
import { MIB } from './common';

export const DEFAULT_CHUNK_RETRIES = 3;
export const MAX_CHUNK_RETRIES = 10;
export const MAX_PARALLEL_CHUNKS = 4;

/** Upload Training Archive → Options: chunk size and retries per chunk, read by uploadSettings. */
export const uploadOptionsField: INodeProperties = {
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
		{
			displayName: 'Chunks in Parallel',
			name: 'parallelChunks',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_CHUNKS, numberPrecision: 0 },
			default: 1,
			description:
				'How many chunks are on the wire at once. 1 sends them in order, one at a time. Vocu does not document whether it accepts chunks out of order, so use 2 or more only once Vocu has confirmed it for your account; each extra chunk in flight holds one more chunk in memory.',
		},
	],
};

interface UploadOptions {
	chunkSizeMiB: number;
	chunkRetries: number;
	parallelChunks: number;
}

export interface UploadSettings {
	chunkSize: number;
	retries: number;
	/** Chunks on the wire at once (1: in order, one at a time). */
	parallel: number;
}

/** Chunk size, retries and parallel chunks from the options, checked (expressions can bypass the UI's bounds). */
export function uploadSettings(context: IExecuteSingleFunctions): UploadSettings {
	const options = context.getNodeParameter('uploadOptions', {}) as Partial<UploadOptions>;
	const node = context.getNode();
	const at = { itemIndex: context.getItemIndex() };
	const setting = (
		label: string,
		value: number | undefined,
		min: number,
		max: number,
		fallback: number,
	) =>
		numberInRange(node, at, label, value ?? fallback, {
			min,
			max,
			integer: true,
			why: `${fallback} is the default. Nothing was uploaded.`,
		});
	const sizeMiB = setting(
		'Chunk Size (MiB)',
		options.chunkSizeMiB,
		LIMITS.uploadChunkMinMiB,
		LIMITS.uploadChunkMaxMiB,
		LIMITS.uploadChunkDefaultMiB,
	);
	return {
		chunkSize: sizeMiB * MIB,
		retries: setting(
			'Retries per Chunk',
			options.chunkRetries,
			0,
			MAX_CHUNK_RETRIES,
			DEFAULT_CHUNK_RETRIES,
		),
		parallel: setting('Chunks in Parallel', options.parallelChunks, 1, MAX_PARALLEL_CHUNKS, 1),
	};
}
