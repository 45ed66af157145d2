'use strict';
// Asynchronous generation tasks (/api/tts/generate, /api/tts/generate/{id}): pending → processing → generated | failed over time.

const { VocuError, ok } = require('../http');
const { splitBlock, blockProblems, blockCost, invalidContents } = require('../contentTypes');

const STATUSES = ['pending', 'processing', 'generated', 'failed'];

/** Splits every block into the keys its type accepts; records the dropped ones. Returns `{ kept, problems }`. */
function splitContents(state, contents) {
	const kept = [];
	const problems = [];
	const dropped = [];
	contents.forEach((block, index) => {
		if (!block || typeof block !== 'object' || Array.isArray(block)) {
			problems.push(`contents[${index}] is not an object`);
			return;
		}
		const split = splitBlock(block);
		problems.push(...blockProblems(state, split, index)); // voice errors throw 404/409/400
		if (split.dropped.length)
			dropped.push({
				segment: index,
				type: split.type,
				inferred: split.inferred,
				keys: split.dropped,
			});
		kept.push(split.kept);
	});
	return { kept, problems, dropped };
}

function createTask({ state, json, log }) {
	const body = json();
	if (body.text !== undefined && body.contents !== undefined) {
		throw new VocuError(
			400,
			'VALIDATION_CONFLICT',
			'Send either contents or text + splitter, not both',
		);
	}
	if (!Array.isArray(body.contents) || body.contents.length === 0) {
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing contents', {
			detail: { field: 'contents' },
		});
	}
	const { kept, problems, dropped } = splitContents(state, body.contents);
	if (body.srt !== undefined && typeof body.srt !== 'boolean')
		problems.push('srt must be a boolean');
	// Vocu collapses almost every bad block value into this one code; the sandbox names the block to help.
	if (problems.length) {
		log(`generate: TTS_CONTENTS_INVALID because ${problems.join('; ')}`);
		throw invalidContents(problems);
	}
	const contents = kept.map((block) => {
		const type = splitBlock(block).type;
		return ['text', 'audio'].includes(type) ? { promptId: 'default', ...block } : block;
	});
	const cost = contents.reduce(
		(sum, block) => sum + blockCost(state, block, splitBlock(block).type),
		0,
	);
	if (!state.charge(cost))
		throw new VocuError(403, 'BILLING_INSUFFICIENT_CREDIT', 'Not enough credits for this task');
	// SRT is a paid feature: a free account's srt: true is silently forced to false.
	const task = state.addTask({ contents, srt: body.srt === true && state.account.isPaid });
	for (const entry of dropped) {
		log(
			`generate: contents[${entry.segment}] (${entry.type}) field(s) ${entry.keys.join(', ')} dropped by Vocu`,
		);
		state.recordDropped({
			route: 'POST /api/tts/generate',
			taskId: task.id,
			reason: 'not accepted by the content type',
			...entry,
		});
	}
	return { body: ok({ data: state.taskView(task) }) };
}

function nonNegativeInteger(query, name, fallback) {
	const raw = query.get(name);
	if (raw === null || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		throw new VocuError(400, 'VALIDATION_INVALID_FORMAT', `${name} must be a non-negative integer`);
	}
	return value;
}

function listTasks({ state, query }) {
	state.tick();
	const offset = nonNegativeInteger(query, 'offset', 0);
	const limit = nonNegativeInteger(query, 'limit', 20);
	const status = query.get('status');
	const stream = query.get('stream') === 'true';
	let tasks = [...state.tasks.values()].sort((a, b) => b.createdAt - a.createdAt);
	if (STATUSES.includes(status)) tasks = tasks.filter((task) => state.taskStatus(task) === status);
	const page = tasks.slice(offset, offset + limit).map((task) => state.taskView(task, { stream }));
	return { body: ok({ data: page }) };
}

function findTask(state, id) {
	const task = state.tasks.get(id);
	if (!task) throw new VocuError(404, 'GENERATE_NOT_FOUND', `Task ${id} not found`);
	return task;
}

function getTask({ state, params, query }) {
	state.tick();
	const task = findTask(state, params.id);
	return { body: ok({ data: state.taskView(task, { stream: query.get('stream') === 'true' }) }) };
}

function deleteTask({ state, params }) {
	const task = findTask(state, params.id);
	const status = state.taskStatus(task);
	if (status === 'pending' || status === 'processing') {
		throw new VocuError(
			403,
			'GENERATE_DELETE_IN_PROGRESS',
			'The task is still running; delete it once it has finished',
		);
	}
	state.tasks.delete(task.id);
	return { body: ok() };
}

function register(router) {
	router
		.route('POST', '/api/tts/generate', createTask)
		.route('GET', '/api/tts/generate', listTasks)
		.route('GET', '/api/tts/generate/:id', getTask)
		.route('DELETE', '/api/tts/generate/:id', deleteTask);
}

module.exports = { register };
