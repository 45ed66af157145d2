'use strict';
// Checks shared by the end-to-end cases: exactly one output item, an MP3 binary equal to the file on the sandbox's
// storage, and the API calls of a generating workflow after the node's quota read.

const assert = require('node:assert/strict');
const { looksLikeMp3, FRAME_BYTES } = require('../../sandbox/mp3');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The single output item of a node, checked to be exactly one. */
function onlyItem(run, nodeName) {
	const items = run.output(nodeName);
	assert.equal(items.length, 1, `${nodeName} should output exactly 1 item, got ${items.length}`);
	return items[0];
}

/** Checks an MP3 binary property against the file the sandbox's storage served; returns its bytes. */
function assertMp3Binary(run, item, property, storagePath) {
	const binary = item.binary?.[property];
	assert.ok(
		binary,
		`binary property "${property}" is missing (binary keys: ${Object.keys(item.binary ?? {}).join(', ') || 'none'})`,
	);
	assert.equal(binary.mimeType, 'audio/mpeg', 'binary mimeType');
	assert.equal(binary.fileExtension, 'mp3', 'binary fileExtension');
	assert.match(binary.fileName ?? '', /\.mp3$/, 'binary fileName ends in .mp3');
	assert.match(
		String(binary.fileSize ?? ''),
		/^\d+(\.\d+)? ?(B|kB|KB|MB)$/,
		`binary fileSize looks like a size (got ${binary.fileSize})`,
	);
	const bytes = run.binaryBytes(binary);
	assert.ok(looksLikeMp3(bytes), 'binary bytes start with an MPEG audio frame');
	assert.ok(bytes.length >= FRAME_BYTES * 10, `binary holds real audio (${bytes.length} bytes)`);
	if (storagePath) {
		const file = run.sandbox.state.files.get(storagePath);
		assert.ok(file, `sandbox storage has ${storagePath}`);
		assert.ok(
			bytes.equals(file.body),
			`binary bytes equal the file on storage (${bytes.length} vs ${file.body.length} bytes)`,
		);
	}
	return bytes;
}

function pathOf(url) {
	return new URL(url).pathname;
}

/**
 * The calls of a generating workflow after the node's quota read: before its first generation in a process the node
 * reads account info once (quota.syncBaseConcurrent + syncPaidConcurrent) to size the account's concurrency window,
 * and every `n8n execute` is a new process.
 */
/** Generation Mode Auto reads each voice once (GET /api/voice/<id>); the cases about it check those reads. */
const isVoiceLookup = (call) => call.method === 'GET' && /^\/api\/voice\/[^/]+$/.test(call.path);

function generationCalls(run) {
	const [quota, ...rest] = run.apiRequests().filter((call) => !isVoiceLookup(call));
	assert.equal(
		`${quota?.method} ${quota?.path} ${quota?.status}`,
		'GET /api/account/info 200',
		'the quota read comes first',
	);
	return rest;
}

module.exports = { UUID, onlyItem, assertMp3Binary, pathOf, generationCalls };
