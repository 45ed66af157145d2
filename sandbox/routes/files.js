'use strict';
// Chunked upload of a ZIP training archive (README "Built from partial documentation"): newFile → upload (multipart) → finish.

const { randomUUID } = require('node:crypto');
const { VocuError, ok } = require('../http');
const { parseMultipart } = require('../multipart');

const MAX_CHUNK_BYTES = 50 * 1024 * 1024;

function findUpload(state, id) {
	const upload = typeof id === 'string' ? state.uploads.get(id.trim()) : undefined;
	if (!upload) throw new VocuError(404, 'RESOURCE_NOT_FOUND', `Upload ${id} not found`);
	return upload;
}

function newFile({ state, json }) {
	const { type } = json();
	if (type !== 'zip') throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'type must be "zip"');
	const upload = {
		id: randomUUID(),
		type,
		total: undefined,
		chunks: new Map(),
		finished: false,
		fileId: undefined,
	};
	state.uploads.set(upload.id, upload);
	return { body: ok({ data: { id: upload.id } }) };
}

function integerField(fields, name) {
	const value = Number(fields[name]);
	if (fields[name] === undefined || fields[name] === '' || !Number.isInteger(value) || value < 0) {
		throw new VocuError(
			400,
			'VALIDATION_BAD_PARAMS',
			`Field ${name} must be a non-negative integer`,
			{ detail: { field: name } },
		);
	}
	return value;
}

function uploadChunk({ state, req, rawBody }) {
	const { fields, files } = parseMultipart(rawBody, req.headers['content-type']);
	const upload = findUpload(state, fields.id);
	if (upload.finished)
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'The upload is already finished');
	const index = integerField(fields, 'index');
	const total = integerField(fields, 'total');
	if (total < 1 || index >= total)
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'index must be below total');
	if (upload.total !== undefined && upload.total !== total) {
		throw new VocuError(
			400,
			'VALIDATION_BAD_PARAMS',
			`total changed from ${upload.total} to ${total}`,
		);
	}
	const file = files.file;
	if (!file || file.data.length === 0) {
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing file part', {
			detail: { field: 'file' },
		});
	}
	if (file.data.length > MAX_CHUNK_BYTES)
		throw new VocuError(413, 'UPLOAD_TOO_LARGE', 'Chunk larger than 50 MiB');
	upload.total = total;
	upload.chunks.set(index, file.data);
	return { body: ok({ data: { id: upload.id, index, received: upload.chunks.size, total } }) };
}

function finish({ state, json }) {
	const upload = findUpload(state, json().id);
	if (upload.total === undefined)
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'No chunks were uploaded');
	const missing = [];
	for (let index = 0; index < upload.total; index += 1)
		if (!upload.chunks.has(index)) missing.push(index);
	if (missing.length)
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', `Missing chunk(s) ${missing.join(', ')}`);
	const archive = Buffer.concat(
		[...Array(upload.total).keys()].map((index) => upload.chunks.get(index)),
	);
	if (archive.subarray(0, 2).toString('latin1') !== 'PK') {
		throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', 'The uploaded file is not a ZIP archive');
	}
	upload.finished = true;
	upload.fileId = upload.id;
	upload.size = archive.length;
	upload.chunks = new Map(); // keep memory small; the size is enough for the sandbox
	return { body: ok({ data: { id: upload.fileId } }) };
}

function register(router) {
	router
		.route('POST', '/api/editor/multipartUpload/newFile', newFile)
		.route('POST', '/api/editor/multipartUpload/upload', uploadChunk)
		.route('POST', '/api/editor/multipartUpload/finish', finish);
}

module.exports = { register };
