import type { IBinaryData, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { checkedBinary, type BinaryRule } from '../../shared/binary';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { oneAhead, readChunks } from './binaryChunks';
import { finishedId, MIB, NEW_ZIP_UPLOAD, uploadIdOf } from './common';
import { multipartChunkWriter, type MultipartBody } from './multipart';
import { uploadOptionsField, uploadSettings, type UploadSettings } from './uploadOptions';
import { vocuBaseUrl } from '../../shared/transport/request';
import { sendChunk, sendFinish, uploadFailure, withRetries } from './uploadSteps';
import { sendInWindow, type ChunksSent } from './chunkWindow';

/** Vocu documents no size limit for training archives; the MIME check catches the wrong file being picked. */
export const TRAINING_ARCHIVE_RULE: BinaryRule = {
	label: 'Training archive',
	maxBytes: Number.MAX_SAFE_INTEGER,
	mimeTypes: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
};

/** Checks the archive and the options before the upload is created, so a bad input leaves nothing behind. */
export const checkTrainingArchive: PreSendHook = async function (requestOptions) {
	uploadSettings(this);
	await checkedBinary(
		this,
		this.getNodeParameter('binaryPropertyName', 'data') as string,
		TRAINING_ARCHIVE_RULE,
	);
	return requestOptions;
};

/** An upload Vocu has created, with the archive that goes into it. */
interface ArchiveUpload extends UploadSettings {
	uploadId: string;
	binary: IBinaryData;
	propertyName: string;
	fileName: string;
	size: number;
	total: number;
	/** The credential's base URL, read once for every chunk. */
	baseUrl: string;
}

async function archiveUpload(
	context: IExecuteSingleFunctions,
	body: unknown,
): Promise<ArchiveUpload> {
	const uploadId = uploadIdOf(context, body);
	const { chunkSize, retries, parallel } = uploadSettings(context);
	const propertyName = (context.getNodeParameter('binaryPropertyName', 'data') as string).trim();
	const { binary, size } = await checkedBinary(context, propertyName, TRAINING_ARCHIVE_RULE);
	const fileName = binary.fileName ?? 'archive.zip';
	return {
		uploadId,
		chunkSize,
		retries,
		parallel,
		propertyName,
		binary,
		size,
		fileName,
		total: Math.ceil(size / chunkSize),
		baseUrl: await vocuBaseUrl(context),
	};
}

/**
 * The archive's chunks as ready multipart bodies, in order, written into reused buffers (multipartChunkWriter: one
 * per chunk in flight plus the one read ahead; the consumer releases each body when done); fails if the file
 * changes size while it is read.
 */
async function* chunkBodies(
	context: IExecuteSingleFunctions,
	upload: ArchiveUpload,
): AsyncGenerator<MultipartBody> {
	const { uploadId, total, fileName, size } = upload;
	const multipartChunk = multipartChunkWriter(upload.parallel + 1);
	let index = 0;
	for await (const bytes of readChunks(
		context,
		upload.binary,
		upload.propertyName,
		upload.chunkSize,
	)) {
		if (index >= total) throw new Error(`The file grew while it was read (expected ${size} bytes)`);
		yield multipartChunk({ uploadId, index: index++, total, bytes, fileName });
	}
	if (index !== total)
		throw new Error(`The file shrank while it was read (expected ${size} bytes)`);
}

/**
 * Sends the archive chunk by chunk, by default in order and one at a time (Vocu documents no out-of-order
 * chunks; Chunks in Parallel raises it); the next chunk is read and assembled while the current ones are on the
 * wire. Each chunk is retried on transient failures; no new chunk starts after one has failed.
 */
async function sendArchiveChunks(
	context: IExecuteSingleFunctions,
	upload: ArchiveUpload,
): Promise<ChunksSent> {
	return await sendInWindow(
		oneAhead(chunkBodies(context, upload)),
		upload.parallel,
		async (body) =>
			await withRetries(
				context,
				upload.retries,
				async () => await sendChunk(context, body, upload.baseUrl),
			),
	);
}

/** Names the chunk that failed, how many were sent, and how to resume. */
function chunkFailure(
	context: IExecuteSingleFunctions,
	upload: ArchiveUpload,
	result: Required<ChunksSent>,
): Error {
	const { uploadId, total, chunkSize } = upload;
	const { sent, failed } = result;
	const tried = failed.attempts ? `Chunk ${sent} was tried ${failed.attempts} time(s). ` : '';
	const later =
		upload.parallel > 1
			? ` Chunks after ${sent} that were in flight may have arrived too; resuming sends them again.`
			: '';
	return uploadFailure(context, failed.error, {
		message: `Chunk ${sent} (${sent + 1} of ${total}) of upload ${uploadId} failed; ${sent} of ${total} chunks were sent`,
		advice:
			`${tried}The upload is not finished: run the node again to start a new upload, or resume with ` +
			`File → Upload Chunk (Upload ID ${uploadId}, Chunk Index ${sent}, Total Chunks ${total}, ` +
			`${chunkSize / MIB} MiB chunks) and then File → Finish Upload.${later}`,
		details: { uploadId, failedChunkIndex: sent, chunksSent: sent, totalChunks: total, chunkSize },
	});
}

/**
 * After `newFile` answered with the upload ID: sends the archive chunk by chunk (each retried on transient
 * failures), then finishes the upload. A final failure names the chunk, how many were sent, and the upload ID.
 */
export const uploadArchiveChunks: PostReceiveHook = async function (_items, response) {
	const upload = await archiveUpload(this, response.body);
	const { uploadId, total, fileName, size, chunkSize } = upload;
	const result = await sendArchiveChunks(this, upload);
	if (result.failed) throw chunkFailure(this, upload, { sent: result.sent, failed: result.failed });
	const finish = await withRetries(
		this,
		upload.retries,
		async () => await sendFinish(this, uploadId, upload.baseUrl),
	);
	if ('error' in finish) {
		throw uploadFailure(this, finish.error, {
			message: `Finishing upload ${uploadId} failed after all ${total} chunks were sent`,
			advice: `Retry with File → Finish Upload and Upload ID ${uploadId}.`,
			details: { uploadId, chunksSent: result.sent, totalChunks: total },
		});
	}
	const json = {
		uploadId,
		...finishedId(uploadId, finish.value),
		fileName,
		fileSize: size,
		chunkSize,
		totalChunks: total,
	};
	return [{ json }];
};

const LORA_HINT =
	'Use the output uploadId as the training archive (lora) of Voice → Create for a professional clone.';

const uploadTrainingArchiveFields: INodeProperties[] = [
	inputBinaryField(`The ZIP archive of training samples. ${LORA_HINT}`),
	uploadOptionsField,
];

export const uploadTrainingArchive: VocuOperation = operation({
	name: 'Upload Training Archive',
	action: 'Upload training archive',
	description:
		'Upload a ZIP of voice samples in chunks; outputs the uploadId to use as the training archive (lora) of Voice → Create',
	method: 'POST',
	path: API_PATHS.uploadNewFile,
	request: NEW_ZIP_UPLOAD,
	preSend: [checkTrainingArchive],
	postReceive: [uploadArchiveChunks],
	fields: uploadTrainingArchiveFields,
});
