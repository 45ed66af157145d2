import type {
	IBinaryData,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, randomString, sleep } from 'n8n-workflow';

import { checkedBinary, type BinaryRule } from '../../shared/binary';
import { API_PATHS, LIMITS } from '../../shared/constants';
import { vocuRequest } from '../../shared/transport/request';
import { SAFE_ID } from '../../shared/validation';

const MIB = 1024 * 1024;
const RETRY_FIRST_DELAY_MS = 1_000;
const RETRY_MAX_DELAY_MS = 15_000;
/** A chunk that takes longer than this is treated as failed (and retried), so a stalled connection cannot hang the node. */
const CHUNK_TIMEOUT_MS = 300_000;
export const DEFAULT_CHUNK_RETRIES = 3;
export const MAX_CHUNK_RETRIES = 10;

/** Vocu documents no size limit for training archives; the MIME check catches the wrong file being picked. */
export const TRAINING_ARCHIVE_RULE: BinaryRule = {
	label: 'Training archive',
	maxBytes: Number.MAX_SAFE_INTEGER,
	mimeTypes: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
};

/** A single chunk is read into memory, so it is held to the largest chunk size the node offers. */
const CHUNK_RULE: BinaryRule = {
	label: 'Chunk',
	maxBytes: LIMITS.uploadChunkMaxMiB * MIB,
	mimeTypes: [],
};

interface UploadOptions {
	chunkSizeMiB?: number;
	chunkRetries?: number;
}

export interface UploadSettings {
	chunkSize: number;
	retries: number;
}

/** Chunk size and retries from the operation's options, checked (expressions can bypass the UI's bounds). */
export function uploadSettings(context: IExecuteSingleFunctions): UploadSettings {
	const options = context.getNodeParameter('uploadOptions', {}) as UploadOptions;
	const itemIndex = context.getItemIndex();
	const sizeMiB = options.chunkSizeMiB ?? LIMITS.uploadChunkDefaultMiB;
	if (!Number.isInteger(sizeMiB) || sizeMiB < LIMITS.uploadChunkMinMiB || sizeMiB > LIMITS.uploadChunkMaxMiB) {
		throw new NodeOperationError(context.getNode(), `Chunk size must be a whole number of MiB (item ${itemIndex})`, {
			description: `Got ${String(sizeMiB)}. Use ${LIMITS.uploadChunkMinMiB} to ${LIMITS.uploadChunkMaxMiB}; ${LIMITS.uploadChunkDefaultMiB} is the default.`,
			itemIndex,
		});
	}
	const retries = options.chunkRetries ?? DEFAULT_CHUNK_RETRIES;
	if (!Number.isInteger(retries) || retries < 0 || retries > MAX_CHUNK_RETRIES) {
		throw new NodeOperationError(context.getNode(), `Retries per chunk must be 0 to ${MAX_CHUNK_RETRIES} (item ${itemIndex})`, {
			description: `Got ${String(retries)}.`,
			itemIndex,
		});
	}
	return { chunkSize: sizeMiB * MIB, retries };
}

/**
 * Cuts a byte stream into pieces of exactly `chunkSize` bytes (the last one may be shorter). At most one chunk
 * is buffered; the source is not read further until the consumer asks for the next chunk.
 */
export async function* rechunk(
	source: AsyncIterable<Buffer | Uint8Array | string>,
	chunkSize: number,
): AsyncGenerator<Buffer> {
	let pending: Buffer[] = [];
	let pendingBytes = 0;
	for await (const piece of source) {
		let data = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
		while (data.length) {
			const take = Math.min(chunkSize - pendingBytes, data.length);
			pending.push(data.subarray(0, take));
			pendingBytes += take;
			data = data.subarray(take);
			if (pendingBytes === chunkSize) {
				yield pending.length === 1 ? pending[0] : Buffer.concat(pending, chunkSize);
				pending = [];
				pendingBytes = 0;
			}
		}
	}
	if (pendingBytes) yield Buffer.concat(pending, pendingBytes);
}

/**
 * The chunks of an input binary. Binaries n8n keeps on disk (or in other storage) are streamed, so memory does
 * not grow with the file; inline binaries are already in memory and are sliced.
 */
export async function* readChunks(
	context: IExecuteSingleFunctions,
	binary: IBinaryData,
	propertyName: string,
	chunkSize: number,
): AsyncGenerator<Buffer> {
	if (binary.id) {
		yield* rechunk(await context.helpers.getBinaryStream(binary.id, chunkSize), chunkSize);
		return;
	}
	const buffer = await context.helpers.getBinaryDataBuffer(propertyName);
	for (let offset = 0; offset < buffer.length; offset += chunkSize) {
		yield buffer.subarray(offset, offset + chunkSize);
	}
}

export interface Chunk {
	uploadId: string;
	/** 0-based. */
	index: number;
	total: number;
	bytes: Buffer;
	fileName: string;
}

export interface MultipartBody {
	body: Buffer;
	contentType: string;
}

/** A file name as a quoted multipart parameter (quotes and line breaks percent-encoded, as browsers do). */
function quotedFileName(fileName: string): string {
	return fileName.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * The multipart/form-data body of one chunk (§14): `id`, `index`, `total`, then the bytes as `file`. Built as
 * one Buffer rather than FormData + Blob: that is one copy of the chunk instead of several, and faster to send.
 */
export function multipartChunk(chunk: Chunk): MultipartBody {
	const boundary = `----VocuChunk${randomString(24)}`;
	const field = (name: string, value: string) =>
		`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
	const head =
		field('id', chunk.uploadId) +
		field('index', String(chunk.index)) +
		field('total', String(chunk.total)) +
		`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quotedFileName(chunk.fileName)}"\r\n` +
		'Content-Type: application/octet-stream\r\n\r\n';
	return {
		body: Buffer.concat([Buffer.from(head, 'utf8'), chunk.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

/**
 * Network failures, timeouts, 429 and 5xx are worth another try; other 4xx answers (bad ID, no quota) will not
 * change, and errors that are not API errors (bad input, a cancelled execution) are not retried.
 */
export function isRetryable(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const status = Number(error.httpCode);
	if (!Number.isInteger(status)) return true;
	return status === 408 || status === 429 || status >= 500;
}

/** How a step ended after its retries: a value, or the last error. */
type Outcome<T> = { value: T; attempts: number } | { error: Error; attempts: number };

/** Runs `send` until it succeeds, up to `retries` extra times with exponential backoff. */
async function withRetries<T>(
	context: IExecuteSingleFunctions,
	retries: number,
	send: () => Promise<T>,
): Promise<Outcome<T>> {
	for (let attempt = 1; ; attempt++) {
		try {
			return { value: await send(), attempts: attempt };
		} catch (error) {
			const cancelled = context.getExecutionCancelSignal?.()?.aborted === true;
			if (attempt > retries || cancelled || !isRetryable(error)) return { error: error as Error, attempts: attempt };
			await sleep(Math.min(RETRY_FIRST_DELAY_MS * 2 ** (attempt - 1), RETRY_MAX_DELAY_MS));
		}
	}
}

async function sendChunk(context: IExecuteSingleFunctions, chunk: Chunk): Promise<IDataObject> {
	const { body, contentType } = multipartChunk(chunk);
	return await vocuRequest(context, {
		method: 'POST',
		path: API_PATHS.uploadChunk,
		body,
		headers: { 'Content-Type': contentType },
		timeout: CHUNK_TIMEOUT_MS,
		operationKey: 'file.uploadChunk',
	});
}

interface FailedStep {
	message: string;
	/** What to do next, after the cause. */
	advice: string;
	details: IDataObject;
}

/** Keeps the cause's HTTP status and explanation, and adds where the upload stopped. */
function uploadFailure(context: IExecuteSingleFunctions, cause: Error, step: FailedStep): Error {
	const itemIndex = context.getItemIndex();
	const causeText = [cause.message, (cause as { description?: string }).description].filter(Boolean).join(' · ');
	const description = `${causeText} · ${step.advice}`;
	if (cause instanceof NodeApiError) {
		const status = Number(cause.httpCode);
		return new NodeApiError(context.getNode(), { ...step.details, reason: cause.message }, {
			message: step.message,
			description,
			...(Number.isInteger(status) ? { httpCode: String(status) } : {}),
			itemIndex,
		});
	}
	return new NodeOperationError(context.getNode(), step.message, { description, itemIndex });
}

function uploadIdOf(context: IExecuteSingleFunctions, body: unknown): string {
	const data = ((body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	const id = typeof data.id === 'string' ? data.id.trim() : '';
	if (!SAFE_ID.test(id)) {
		throw new NodeApiError(context.getNode(), { missing: 'data.id' }, {
			message: 'Vocu did not return an upload ID',
			description: 'Vocu answered the new-upload request without data.id. Retry; if it persists, contact Vocu support.',
			itemIndex: context.getItemIndex(),
		});
	}
	return id;
}

/** Checks the archive and the options before the upload is created, so a bad input leaves nothing behind. */
export async function checkTrainingArchive(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	uploadSettings(this);
	await checkedBinary(this, this.getNodeParameter('binaryPropertyName', 'data') as string, TRAINING_ARCHIVE_RULE);
	return requestOptions;
}

/**
 * After `newFile` answered with the upload ID: sends the archive chunk by chunk (each retried on transient
 * failures), then finishes the upload. A final failure names the chunk, how many were sent, and the upload ID.
 */
export async function uploadArchiveChunks(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const uploadId = uploadIdOf(this, response.body);
	const { chunkSize, retries } = uploadSettings(this);
	const propertyName = (this.getNodeParameter('binaryPropertyName', 'data') as string).trim();
	const { binary, size } = await checkedBinary(this, propertyName, TRAINING_ARCHIVE_RULE);
	const fileName = binary.fileName ?? 'archive.zip';
	const total = Math.ceil(size / chunkSize);

	let sent = 0;
	let failed: { error: Error; attempts: number } | undefined;
	try {
		for await (const bytes of readChunks(this, binary, propertyName, chunkSize)) {
			if (sent >= total) {
				failed = { error: new Error(`The file grew while it was read (expected ${size} bytes)`), attempts: 0 };
				break;
			}
			const chunk: Chunk = { uploadId, index: sent, total, bytes, fileName };
			const outcome = await withRetries(this, retries, async () => await sendChunk(this, chunk));
			if ('error' in outcome) {
				failed = outcome;
				break;
			}
			sent++;
		}
	} catch (error) {
		failed = { error: error as Error, attempts: 0 };
	}
	if (!failed && sent !== total) {
		failed = { error: new Error(`The file shrank while it was read (expected ${size} bytes)`), attempts: 0 };
	}
	if (failed) {
		const tried = failed.attempts ? `Chunk ${sent} was tried ${failed.attempts} time(s). ` : '';
		throw uploadFailure(this, failed.error, {
			message: `Chunk ${sent} (${sent + 1} of ${total}) of upload ${uploadId} failed; ${sent} of ${total} chunks were sent`,
			advice:
				`${tried}The upload is not finished: run the node again to start a new upload, or resume with ` +
				`File → Upload Chunk (Upload ID ${uploadId}, Chunk Index ${sent}, Total Chunks ${total}, ` +
				`${chunkSize / MIB} MiB chunks) and then File → Finish Upload.`,
			details: { uploadId, failedChunkIndex: sent, chunksSent: sent, totalChunks: total, chunkSize },
		});
	}

	const finish = await withRetries(
		this,
		retries,
		async () =>
			await vocuRequest(this, {
				method: 'POST',
				path: API_PATHS.uploadFinish,
				body: { id: uploadId },
				operationKey: 'file.finishUpload',
			}),
	);
	if ('error' in finish) {
		throw uploadFailure(this, finish.error, {
			message: `Finishing upload ${uploadId} failed after all ${total} chunks were sent`,
			advice: `Retry with File → Finish Upload and Upload ID ${uploadId}.`,
			details: { uploadId, chunksSent: sent, totalChunks: total },
		});
	}
	return [
		{
			json: {
				uploadId,
				...finishedId(uploadId, finish.value),
				fileName,
				fileSize: size,
				chunkSize,
				totalChunks: total,
			},
		},
	];
}

/** Vocu's finish answer may carry an ID; kept when it differs from the upload ID so nothing is lost. */
function finishedId(uploadId: string, body: IDataObject | undefined): IDataObject {
	const id = ((body?.data ?? {}) as IDataObject).id;
	return typeof id === 'string' && id !== uploadId ? { finishedId: id } : {};
}

/** Create Upload: the new upload's ID. */
export async function outputUploadId(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { uploadId: uploadIdOf(this, response.body) } }];
}

function uploadIdParameter(context: IExecuteSingleFunctions): string {
	const itemIndex = context.getItemIndex();
	const uploadId = String(context.getNodeParameter('uploadId', '') ?? '').trim();
	if (!SAFE_ID.test(uploadId)) {
		throw new NodeOperationError(context.getNode(), `"Upload ID" is empty or not a Vocu ID (item ${itemIndex})`, {
			description: 'Use the uploadId output by File → Create Upload.',
			itemIndex,
		});
	}
	return uploadId;
}

function chunkPosition(context: IExecuteSingleFunctions): { index: number; total: number } {
	const itemIndex = context.getItemIndex();
	const index = Number(context.getNodeParameter('chunkIndex', 0));
	const total = Number(context.getNodeParameter('totalChunks', 1));
	if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 0 || index >= total) {
		throw new NodeOperationError(context.getNode(), `Chunk index ${index} does not fit ${total} chunk(s) (item ${itemIndex})`, {
			description: 'Chunk Index counts from 0 and must be below Total Chunks, a whole number of at least 1.',
			itemIndex,
		});
	}
	return { index, total };
}

/** Upload Chunk: the chunk from the input binary as the multipart body of §14. */
export async function sendChunkAsMultipart(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const uploadId = uploadIdParameter(this);
	const { index, total } = chunkPosition(this);
	const propertyName = (this.getNodeParameter('binaryPropertyName', 'data') as string).trim();
	const { binary } = await checkedBinary(this, propertyName, CHUNK_RULE);
	const bytes = await this.helpers.getBinaryDataBuffer(propertyName);
	const { body, contentType } = multipartChunk({ uploadId, index, total, bytes, fileName: binary.fileName ?? 'chunk' });
	const headers = { ...requestOptions.headers };
	for (const name of Object.keys(headers)) {
		if (name.toLowerCase() === 'content-type') delete headers[name];
	}
	requestOptions.headers = { ...headers, 'Content-Type': contentType };
	requestOptions.body = body;
	requestOptions.json = false;
	return requestOptions;
}

/** Upload Chunk: which chunk went where. */
export async function outputChunkReceipt(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const { index, total } = chunkPosition(this);
	return [{ json: { uploadId: uploadIdParameter(this), chunkIndex: index, totalChunks: total, success: true } }];
}

/** Finish Upload: the finished upload's ID, ready to be used as the training archive of Voice → Create. */
export async function outputFinishedUpload(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const uploadId = uploadIdParameter(this);
	return [{ json: { uploadId, ...finishedId(uploadId, response.body as IDataObject), success: true } }];
}

/** Finish Upload: `{ id }` from the Upload ID field, checked before sending. */
export async function sendUploadIdAsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.body = { id: uploadIdParameter(this) };
	return requestOptions;
}
