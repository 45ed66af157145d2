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
	/** For a body from multipartChunkWriter: the caller is done with it, so its buffer may be reused. */
	release?: () => void;
}

/** A file name as a quoted multipart parameter (quotes and line breaks percent-encoded, as browsers do). */
function quotedFileName(fileName: string): string {
	return fileName.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The text before and after a chunk's bytes: `id`, `index`, `total`, then the `file` part's headers. */
function envelope(chunk: Chunk, boundary: string): { head: string; tail: string } {
	const field = (name: string, value: string) =>
		`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
	const head =
		field('id', chunk.uploadId) +
		field('index', String(chunk.index)) +
		field('total', String(chunk.total)) +
		`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quotedFileName(chunk.fileName)}"\r\n` +
		'Content-Type: application/octet-stream\r\n\r\n';
	return { head, tail: `\r\n--${boundary}--\r\n` };
}

const piecesOf = (chunk: Chunk) => (Array.isArray(chunk.bytes) ? chunk.bytes : [chunk.bytes]);

const newBoundary = () => `----VocuChunk${randomString(24)}`;

/**
 * The multipart/form-data body of one chunk, as Vocu's chunk endpoint takes it: `id`, `index`, `total`, then the
 * bytes as `file`. Built as one Buffer rather than FormData + Blob: that is one copy of the chunk instead of
 * several, and faster to send.
 */
export function multipartChunk(chunk: Chunk): MultipartBody {
	const boundary = newBoundary();
	const { head, tail } = envelope(chunk, boundary);
	return {
		body: Buffer.concat([Buffer.from(head, 'utf8'), ...piecesOf(chunk), Buffer.from(tail)]),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

/**
 * multipartChunk for the chunks of one upload, written into buffers that are allocated once and reused, so a
 * 1 GiB archive does not allocate (and make V8 collect) 200 chunk-sized buffers. A body's buffer is reused only
 * after its `release` was called (the caller is done with it, retries included); `slotCount` is how many bodies
 * the caller holds at once (the chunks on the wire and the one read ahead; see oneAhead). If it holds more, a
 * new buffer is allocated rather than a held one overwritten.
 */
export function multipartChunkWriter(slotCount = 2): (chunk: Chunk) => MultipartBody {
	const boundary = newBoundary();
	const contentType = `multipart/form-data; boundary=${boundary}`;
	const free: Buffer[] = [];
	return (chunk) => {
		const { head, tail } = envelope(chunk, boundary);
		const pieces = piecesOf(chunk);
		const length =
			Buffer.byteLength(head) +
			pieces.reduce((sum, piece) => sum + piece.length, 0) +
			Buffer.byteLength(tail);
		let buffer = free.pop();
		if (!buffer || buffer.length < length) {
			// Room for longer index digits, so the buffer is not reallocated as the count grows.
			buffer = Buffer.allocUnsafe(length + 64);
		}
		let offset = buffer.write(head, 0, 'utf8');
		for (const piece of pieces) offset += piece.copy(buffer, offset);
		offset += buffer.write(tail, offset, 'utf8');
		const slot = buffer;
		let released = false;
		const release = () => {
			if (released) return;
			released = true;
			if (free.length < slotCount) free.push(slot);
		};
		return { body: buffer.subarray(0, offset), contentType, release };
	};
}
