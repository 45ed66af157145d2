'use strict';
// A minimal multipart/form-data reader for the chunk upload route: fields as strings, files as Buffers.

const { VocuError } = require('./http');

function boundaryOf(contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
	return match ? (match[1] ?? match[2]).trim() : undefined;
}

function parseHeaders(block) {
	const headers = {};
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

/**
 * Parses a multipart body into `{ fields: {name: string}, files: {name: {data, fileName, contentType}} }`.
 * Throws a 400 VocuError when the body is not well-formed multipart.
 */
function parseMultipart(body, contentType) {
	const boundary = boundaryOf(contentType);
	if (!/^multipart\/form-data/i.test(contentType ?? '') || !boundary) {
		throw new VocuError(
			400,
			'VALIDATION_INVALID_FORMAT',
			'Expected a multipart/form-data body with a boundary',
		);
	}
	const delimiter = Buffer.from(`--${boundary}`);
	const fields = {};
	const files = {};
	let position = body.indexOf(delimiter);
	if (position < 0)
		throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', 'Multipart body has no parts');
	while (true) {
		position += delimiter.length;
		if (body.subarray(position, position + 2).toString() === '--') break; // closing delimiter
		position += 2; // CRLF after the delimiter
		const headerEnd = body.indexOf('\r\n\r\n', position);
		const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), position);
		if (headerEnd < 0 || next < 0 || headerEnd > next) {
			throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', 'Malformed multipart part');
		}
		const headers = parseHeaders(body.subarray(position, headerEnd).toString('utf8'));
		const content = body.subarray(headerEnd + 4, next);
		const disposition = headers['content-disposition'] ?? '';
		const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
		const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
		if (name !== undefined) {
			if (fileName !== undefined) {
				files[name] = {
					data: Buffer.from(content),
					fileName,
					contentType: headers['content-type'],
				};
			} else {
				fields[name] = content.toString('utf8');
			}
		}
		position = next + 2;
	}
	return { fields, files };
}

module.exports = { parseMultipart };
