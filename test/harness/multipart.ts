import { randomBytes } from 'node:crypto';

import type { RecordedRequest, Reply } from './stubServer';

export interface FormPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

/** Parses a multipart/form-data body (RFC 7578) into its parts by name; throws on anything malformed. */
export function parseMultipart(request: RecordedRequest): Record<string, FormPart> {
	const contentType = String(request.headers['content-type'] ?? '');
	const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	if (!match) throw new Error(`not multipart/form-data: content-type "${contentType}"`);
	const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
	const raw = request.raw;
	if (raw.indexOf(delimiter) !== 0)
		throw new Error('multipart body does not start with the boundary');
	const parts: Record<string, FormPart> = {};
	let position = delimiter.length;
	for (;;) {
		if (raw.subarray(position, position + 2).toString() === '--') return parts;
		if (raw.subarray(position, position + 2).toString() !== '\r\n')
			throw new Error('no CRLF after boundary');
		const headerEnd = raw.indexOf('\r\n\r\n', position);
		const headers = raw.subarray(position + 2, headerEnd).toString('utf8');
		const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
		if (headerEnd < 0 || next < 0) throw new Error('truncated multipart body');
		const disposition =
			/content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(
				headers,
			);
		if (!disposition) throw new Error(`part without form-data disposition: ${headers}`);
		parts[disposition[1]] = {
			name: disposition[1],
			fileName: disposition[2],
			contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1],
			data: raw.subarray(headerEnd + 4, next),
		};
		position = next + 2 + delimiter.length;
	}
}

export interface ReceivedChunk {
	id: string;
	index: number;
	total: number;
	fileName?: string;
	contentType?: string;
	bytes: Buffer;
}

/** The chunk fields of one `multipartUpload/upload` call (§14). */
export function chunkOf(request: RecordedRequest): ReceivedChunk {
	const parts = parseMultipart(request);
	for (const name of ['id', 'index', 'total', 'file']) {
		if (!parts[name]) throw new Error(`chunk without "${name}" part`);
	}
	return {
		id: parts.id.data.toString(),
		index: Number(parts.index.data.toString()),
		total: Number(parts.total.data.toString()),
		fileName: parts.file.fileName,
		contentType: parts.file.contentType,
		bytes: Buffer.from(parts.file.data),
	};
}

/**
 * Plays Vocu's chunk endpoint: keeps every chunk it accepts, so a test can reassemble the file. `failures` maps a
 * chunk index to the replies given to its first attempts (a failure, then the next attempt succeeds).
 */
export function chunkReceiver(failures: Record<number, Reply[]> = {}) {
	const received: ReceivedChunk[] = [];
	const attempts: number[] = [];
	return {
		received,
		attempts,
		reply(request: RecordedRequest): Reply {
			const chunk = chunkOf(request);
			attempts.push(chunk.index);
			const failure = failures[chunk.index]?.shift();
			if (failure) return failure;
			received.push(chunk);
			return { status: 200, json: { status: 200, message: 'OK' } };
		},
		/** The accepted chunks in index order, joined. */
		reassembled(): Buffer {
			return Buffer.concat(
				[...received].sort((a, b) => a.index - b.index).map((chunk) => chunk.bytes),
			);
		},
	};
}

export const MIB = 1024 * 1024;

export function randomFile(bytes: number): Buffer {
	return randomBytes(bytes);
}

/** Vocu's chunked-upload endpoints. */
export const NEW_FILE = '/api/editor/multipartUpload/newFile';
export const CHUNK = '/api/editor/multipartUpload/upload';
export const FINISH = '/api/editor/multipartUpload/finish';
