'use strict';
// Asynchronous generation tasks (/api/tts/generate, /api/tts/generate/{id}): pending → processing → generated | failed over time.

const { VocuError, ok } = require('../http');
const { checkGeneration } = require('../generation');

const STATUSES = ['pending', 'processing', 'generated', 'failed'];
const SEGMENT_TYPES = ['text', 'audio', 'sfx', 'music', 'scene', 'custom_audio', 'stem_separation'];

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
	const problems = [];
	body.contents.forEach((segment, index) => {
		if (!segment || typeof segment !== 'object' || Array.isArray(segment)) {
			problems.push(`contents[${index}] is not an object`);
			return;
		}
		if (segment.type !== undefined && !SEGMENT_TYPES.includes(segment.type)) {
			problems.push(`contents[${index}].type is unknown`);
		}
		const { type, ...request } = segment;
		const result = checkGeneration(state, request); // throws 404/409/400 for unusable voices
		problems.push(...result.problems.map((problem) => `contents[${index}]: ${problem}`));
		if (result.languageDropped)
			problems.push(`contents[${index}]: language ${JSON.stringify(segment.language)}`);
		if (result.ignored.length)
			log(`generate: contents[${index}] field(s) ${result.ignored.join(', ')} ignored by Vocu`);
	});
	if (body.srt !== undefined && typeof body.srt !== 'boolean')
		problems.push('srt must be a boolean');
	// Vocu collapses almost every bad segment value into one code without a field hint (§5.2).
	if (problems.length) {
		log(`generate: TTS_CONTENTS_INVALID because ${problems.join('; ')}`);
		throw new VocuError(400, 'TTS_CONTENTS_INVALID', 'The contents are invalid');
	}
	const contents = body.contents.map((segment) => ({ promptId: 'default', ...segment }));
	const cost = contents.reduce((sum, segment) => sum + String(segment.text ?? '').length, 0);
	if (!state.charge(cost))
		throw new VocuError(403, 'BILLING_INSUFFICIENT_CREDIT', 'Not enough credits for this task');
	const task = state.addTask({ contents, srt: body.srt === true && state.account.isPaid });
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
