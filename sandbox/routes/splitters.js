'use strict';
// 2026-edition splitters: CRUD under /api/splitter, and POST /api/tts/generate with `text` + `splitter` (inline
// rules) or `text` + `splitterId` (saved rules), compiled here into `contents` for the task route. Also refuses a
// synchronous generation text longer than SANDBOX_MAX_TEXT_CHARS (default 5000), as a stand-in for Vocu's
// undocumented limit.

const { randomUUID } = require('node:crypto');
const { VocuError } = require('../http');

const RESERVED = ['splitterMarks', 'lookupTable', 'fallbackConfig'];
const MAX_TEXT_CHARS = Number(process.env.SANDBOX_MAX_TEXT_CHARS || 5000);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const success = (extra) => ({ body: { status: 200, ...extra } });
const invalid = (why) =>
	new VocuError(400, 'TTS_SPLITTER_INVALID', `Invalid splitter config: ${why}`);

/** Saved splitters live beside the tasks map, which every sandbox reset replaces. */
const stores = new WeakMap();
function splittersOf(state) {
	if (!stores.has(state.tasks)) stores.set(state.tasks, new Map());
	return stores.get(state.tasks);
}

function validate(config) {
	if (!isObject(config)) throw invalid('config must be an object');
	const placeholders = Object.keys(config).filter((key) => !RESERVED.includes(key));
	for (const key of placeholders)
		if (!key.trim() || !isObject(config[key])) throw invalid(`placeholder ${key}`);
	const { splitterMarks, lookupTable, fallbackConfig } = config;
	if (
		splitterMarks !== undefined &&
		(!Array.isArray(splitterMarks) ||
			splitterMarks.some((m) => typeof m !== 'string' || [...m].length !== 2))
	) {
		throw invalid('splitterMarks');
	}
	if (
		lookupTable !== undefined &&
		(!isObject(lookupTable) ||
			Object.values(lookupTable).some(
				(e) => !isObject(e) || !Array.isArray(e.tags) || !e.tags.length,
			))
	) {
		throw invalid('lookupTable');
	}
	if (
		fallbackConfig !== undefined &&
		(!isObject(fallbackConfig) || typeof fallbackConfig.voiceId !== 'string')
	)
		throw invalid('fallbackConfig');
	if (!placeholders.length && fallbackConfig === undefined && splitterMarks === undefined)
		throw invalid('no rule');
}

function checkName(name, required) {
	if (name === undefined && !required) return undefined;
	if (typeof name !== 'string' || !name.trim())
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing name', {
			detail: { field: 'name' },
		});
	if (name.trim().length > 100)
		throw new VocuError(400, 'VALIDATION_TOO_LONG', 'name is longer than 100 characters');
	return name.trim();
}

/** Deep merge: objects merge into objects, anything else replaces, null deletes. */
function merge(target, changes) {
	const result = { ...target };
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) delete result[key];
		else if (isObject(value) && isObject(result[key])) result[key] = merge(result[key], value);
		else result[key] = value;
	}
	return result;
}

function find(state, id) {
	const splitter = splittersOf(state).get(id);
	if (!splitter) throw new VocuError(404, 'RESOURCE_NOT_FOUND', 'Resource not found.');
	return splitter;
}

function view({ createdAtMs, ...splitter }) {
	return splitter;
}

function create({ state, json }) {
	const body = json();
	const name = checkName(body.name, true);
	if (body.config === undefined)
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing config', {
			detail: { field: 'config' },
		});
	validate(body.config);
	const now = new Date();
	const splitter = {
		id: randomUUID(),
		name,
		config: body.config,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
		createdAtMs: now.getTime() + splittersOf(state).size / 1000,
	};
	splittersOf(state).set(splitter.id, splitter);
	return success({ data: view(splitter) });
}

/** `limit` is clamped to 1–50 without an error; `total` counts every splitter. */
function list({ state, query }) {
	const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
	const limit = Math.min(50, Math.max(1, Number.parseInt(query.get('limit') ?? '20', 10) || 20));
	const all = [...splittersOf(state).values()].sort((a, b) => b.createdAtMs - a.createdAtMs);
	return success({ data: all.slice(offset, offset + limit).map(view), total: all.length });
}

function update({ state, params, json }) {
	const body = json();
	if (body.name === undefined && body.config === undefined)
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Send name or config');
	const name = checkName(body.name, false);
	const splitter = find(state, params.id);
	const config = body.config === undefined ? splitter.config : merge(splitter.config, body.config);
	validate(config);
	Object.assign(splitter, {
		...(name ? { name } : {}),
		config,
		updatedAt: new Date().toISOString(),
	});
	return success({ data: view(splitter) });
}

function remove({ state, params }) {
	find(state, params.id);
	splittersOf(state).delete(params.id);
	return success({});
}

/** Each placeholder's settings apply to the text after it; text under no voice is dropped, as Vocu does. */
function compile(text, config) {
	const keys = Object.keys(config)
		.filter((key) => !RESERVED.includes(key))
		.sort((a, b) => b.length - a.length);
	const contents = [];
	let current = { ...(config.fallbackConfig ?? {}) };
	let rest = text;
	const push = (part) => {
		if (part.trim() && current.voiceId) contents.push({ ...current, text: part.trim() });
	};
	while (rest) {
		const hits = keys
			.map((key) => [key, rest.indexOf(key)])
			.filter(([, at]) => at >= 0)
			.sort((a, b) => a[1] - b[1]);
		if (!hits.length) break;
		const [key, at] = hits[0];
		push(rest.slice(0, at));
		current = { ...current, ...config[key] };
		rest = rest.slice(at + key.length);
	}
	push(rest);
	return contents;
}

function splitterGenerate(original) {
	return (ctx) => {
		const body = ctx.json();
		const modes = ['contents', 'splitter', 'splitterId'].filter((key) => body[key] !== undefined);
		if (!('splitter' in body) && !('splitterId' in body)) return original(ctx);
		if (modes.length > 1)
			throw new VocuError(
				400,
				'VALIDATION_CONFLICT',
				'Send contents, text + splitter or text + splitterId',
			);
		if (typeof body.text !== 'string' || !body.text.trim())
			throw new VocuError(400, 'TTS_TEXT_EMPTY', 'The text is empty');
		let config = body.splitter;
		if (body.splitterId !== undefined) {
			config = splittersOf(ctx.state).get(body.splitterId)?.config;
			if (!config) throw new VocuError(404, 'SPLITTER_NOT_FOUND', 'Splitter not found');
		} else validate(config);
		const contents = compile(body.text, config);
		if (!contents.length)
			throw new VocuError(400, 'TTS_TEXT_EMPTY', 'No text is left after applying the splitter');
		const compiled = { contents, ...(body.srt === undefined ? {} : { srt: body.srt }) };
		return original({ ...ctx, json: () => compiled });
	};
}

function textLimit(original) {
	return (ctx) => {
		const { text } = ctx.json();
		if (typeof text === 'string' && text.length > MAX_TEXT_CHARS) {
			throw new VocuError(
				400,
				'VALIDATION_TOO_LONG',
				`text is longer than ${MAX_TEXT_CHARS} characters`,
			);
		}
		return original(ctx);
	};
}

/** Replaces the handler of an already registered route with `wrap(handler)`. */
function wrapRoute(router, method, path, wrap) {
	const { handler } = router.match(method, path);
	const route = router.routes.find(
		(candidate) => candidate.method === method && candidate.handler === handler,
	);
	if (route) route.handler = wrap(handler);
}

function register(router) {
	wrapRoute(router, 'POST', '/api/tts/generate', splitterGenerate);
	wrapRoute(router, 'POST', '/api/tts/simple-generate', textLimit);
	router
		.route('GET', '/api/splitter', list)
		.route('POST', '/api/splitter', create)
		.route('GET', '/api/splitter/:id', (ctx) =>
			success({ data: view(find(ctx.state, ctx.params.id)) }),
		)
		.route('POST', '/api/splitter/:id', update)
		.route('DELETE', '/api/splitter/:id', remove);
}

module.exports = { register, compile, merge };
