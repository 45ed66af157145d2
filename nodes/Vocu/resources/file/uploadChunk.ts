import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { checkedBinary, type BinaryRule } from '../../shared/binary';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { MIB, uploadIdField, uploadIdParameter } from './common';
import { multipartChunk } from './multipart';

/** A single chunk is read into memory, so it is held to the largest chunk size the node offers. */
const CHUNK_RULE: BinaryRule = {
	label: 'Chunk',
	maxBytes: LIMITS.uploadChunkMaxMiB * MIB,
	mimeTypes: [],
};

function chunkPosition(context: IExecuteSingleFunctions): { index: number; total: number } {
	const itemIndex = context.getItemIndex();
	const index = Number(context.getNodeParameter('chunkIndex', 0));
	const total = Number(context.getNodeParameter('totalChunks', 1));
	if (
		!Number.isInteger(total) ||
		total < 1 ||
		!Number.isInteger(index) ||
		index < 0 ||
		index >= total
	) {
		throw new NodeOperationError(
			context.getNode(),
			`Chunk index ${index} does not fit ${total} chunk(s) [item ${itemIndex}]`,
			{
				description:
					'Chunk Index counts from 0 and must be below Total Chunks, a whole number of at least 1.',
				itemIndex,
			},
		);
	}
	return { index, total };
}

/** The chunk from the input binary as the multipart body Vocu's chunk endpoint takes. */
export const sendChunkAsMultipart: PreSendHook = async function (requestOptions) {
	const uploadId = uploadIdParameter(this);
	const { index, total } = chunkPosition(this);
	const propertyName = (this.getNodeParameter('binaryPropertyName', 'data') as string).trim();
	const { binary } = await checkedBinary(this, propertyName, CHUNK_RULE);
	const bytes = await this.helpers.getBinaryDataBuffer(propertyName);
	const { body, contentType } = multipartChunk({
		uploadId,
		index,
		total,
		bytes,
		fileName: binary.fileName ?? 'chunk',
	});
	const headers = { ...requestOptions.headers };
	for (const name of Object.keys(headers)) {
		if (name.toLowerCase() === 'content-type') delete headers[name];
	}
	requestOptions.headers = { ...headers, 'Content-Type': contentType };
	requestOptions.body = body;
	requestOptions.json = false;
	return requestOptions;
};

/** Which chunk went where. */
export const outputChunkReceipt: PostReceiveHook = async function () {
	const { index, total } = chunkPosition(this);
	return [
		{
			json: {
				uploadId: uploadIdParameter(this),
				chunkIndex: index,
				totalChunks: total,
				success: true,
			},
		},
	];
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
	inputBinaryField(
		'The bytes of this chunk (one slice of the ZIP archive, in order, at most 50 MiB)',
	),
];

export const uploadChunk: VocuOperation = operation({
	name: 'Upload Chunk',
	action: 'Upload file chunk',
	description: 'Send one chunk of a chunked upload (step 2 of 3, once per chunk, in order)',
	method: 'POST',
	path: API_PATHS.uploadChunk,
	preSend: [sendChunkAsMultipart],
	postReceive: [outputChunkReceipt],
	fields: uploadChunkFields,
});
