import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { LIMITS } from '../../shared/constants';
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
	chunkSizeMiB?: number;
	chunkRetries?: number;
	parallelChunks?: number;
}

export interface UploadSettings {
	chunkSize: number;
	retries: number;
	/** Chunks on the wire at once (1: in order, one at a time). */
	parallel: number;
}

/** Chunk size and retries from the operation's options, checked (expressions can bypass the UI's bounds). */
export function uploadSettings(context: IExecuteSingleFunctions): UploadSettings {
	const options = context.getNodeParameter('uploadOptions', {}) as UploadOptions;
	const itemIndex = context.getItemIndex();
	const sizeMiB = options.chunkSizeMiB ?? LIMITS.uploadChunkDefaultMiB;
	if (
		!Number.isInteger(sizeMiB) ||
		sizeMiB < LIMITS.uploadChunkMinMiB ||
		sizeMiB > LIMITS.uploadChunkMaxMiB
	) {
		throw new NodeOperationError(
			context.getNode(),
			`Chunk size must be a whole number of MiB (item ${itemIndex})`,
			{
				description: `Got ${String(sizeMiB)}. Use ${LIMITS.uploadChunkMinMiB} to ${LIMITS.uploadChunkMaxMiB}; ${LIMITS.uploadChunkDefaultMiB} is the default.`,
				itemIndex,
			},
		);
	}
	const retries = options.chunkRetries ?? DEFAULT_CHUNK_RETRIES;
	if (!Number.isInteger(retries) || retries < 0 || retries > MAX_CHUNK_RETRIES) {
		throw new NodeOperationError(
			context.getNode(),
			`Retries per chunk must be 0 to ${MAX_CHUNK_RETRIES} (item ${itemIndex})`,
			{
				description: `Got ${String(retries)}.`,
				itemIndex,
			},
		);
	}
	const parallel = options.parallelChunks ?? 1;
	if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL_CHUNKS) {
		throw new NodeOperationError(
			context.getNode(),
			`Chunks in parallel must be 1 to ${MAX_PARALLEL_CHUNKS} (item ${itemIndex})`,
			{
				description: `Got ${String(parallel)}. 1 (in order, one at a time) is the default.`,
				itemIndex,
			},
		);
	}
	return { chunkSize: sizeMiB * MIB, retries, parallel };
}
