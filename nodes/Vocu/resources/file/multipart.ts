import { randomString } from 'n8n-workflow';

/** One chunk of a chunked upload. */
export interface Chunk {
	uploadId: string;
	/** 0-based. */
	index: number;
	total: number;
	/** The chunk's bytes, or its pieces in order (copied once, into the body). */
	bytes: Buffer | Buffer[];
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
 * The multipart/form-data body of one chunk, as Vocu's chunk endpoint takes it: `id`, `index`, `total`, then the
 * bytes as `file`. Built as one Buffer rather than FormData + Blob: that is one copy of the chunk instead of
 * several, and faster to send.
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
		body: Buffer.concat([
			Buffer.from(head, 'utf8'),
			...(Array.isArray(chunk.bytes) ? chunk.bytes : [chunk.bytes]),
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}
