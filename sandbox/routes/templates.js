'use strict';
// Content templates (/api/template): voices become 1-based metaVoiceId indexes on save; update answers no data.

const { randomUUID } = require('node:crypto');
const { VocuError, ok } = require('../http');
const { SEED } = require('../state');

function missing(field) {
	return new VocuError(400, 'VALIDATION_MISSING_FIELD', `Missing ${field}`, { detail: { field } });
}

/** `[{voiceId, text}]` → `{ contents: [{metaVoiceId, text}], highest }`; equal voices share an index, "0" → null. */
function indexVoices(contents) {
	if (!Array.isArray(contents)) throw missing('contents');
	const indexes = new Map();
	const mapped = contents.map((segment, index) => {
		if (!segment || typeof segment !== 'object' || typeof segment.text !== 'string') {
			throw new VocuError(
				400,
				'VALIDATION_BAD_PARAMS',
				`contents[${index}] needs voiceId and text`,
			);
		}
		const { voiceId, ...rest } = segment;
		let metaVoiceId = null;
		if (voiceId !== undefined && voiceId !== null && String(voiceId) !== '0') {
			if (!indexes.has(voiceId)) indexes.set(voiceId, indexes.size + 1);
			metaVoiceId = indexes.get(voiceId);
		}
		return { ...rest, metaVoiceId };
	});
	return { contents: mapped, highest: indexes.size };
}

function view({ createdAt, ...template }) {
	return template;
}

function findTemplate(state, id) {
	const template = state.templates.get(id);
	if (!template) throw new VocuError(404, 'RESOURCE_NOT_FOUND', `Template ${id} not found`);
	return template;
}

function createTemplate({ state, json }) {
	const body = json();
	if (typeof body.name !== 'string' || !body.name.trim()) throw missing('name');
	if (body.contents === undefined) throw missing('contents');
	const { contents, highest } = indexVoices(body.contents);
	const template = {
		id: randomUUID(),
		name: body.name,
		contents,
		metadata: {
			metaVoiceId: highest,
			...(typeof body.description === 'string' ? { description: body.description } : {}),
		},
		userId: SEED.userId,
		from: 'self',
		createdAt: Date.now(),
	};
	state.templates.set(template.id, template);
	return { body: ok({ data: view(template) }) };
}

/** Full replacement; `contents` is checked before ownership, so 400 beats 404 (§8.2). */
function updateTemplate({ state, params, json }) {
	const body = json();
	if (body.contents === undefined) throw missing('contents');
	const { contents, highest } = indexVoices(body.contents);
	const template = findTemplate(state, params.id);
	if (typeof body.name === 'string' && body.name.trim()) template.name = body.name;
	template.contents = contents;
	template.metadata = {
		metaVoiceId: highest,
		...(typeof body.description === 'string' ? { description: body.description } : {}),
	};
	return { body: ok() };
}

function listTemplates({ state, query }) {
	const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
	const limitRaw = Number.parseInt(query.get('limit') ?? '20', 10);
	const limit = Number.isInteger(limitRaw) && limitRaw >= 0 ? limitRaw : 20;
	const from = query.get('from');
	let templates = [...state.templates.values()].sort((a, b) => b.createdAt - a.createdAt);
	if (from === 'self' || from === 'library')
		templates = templates.filter((template) => template.from === from);
	return { body: ok({ data: templates.slice(offset, offset + limit).map(view) }) };
}

function getTemplate({ state, params }) {
	return { body: ok({ data: view(findTemplate(state, params.id)) }) };
}

function deleteTemplate({ state, params }) {
	findTemplate(state, params.id);
	state.templates.delete(params.id);
	return { body: ok() };
}

function register(router) {
	router
		.route('POST', '/api/template', createTemplate)
		.route('GET', '/api/template', listTemplates)
		.route('GET', '/api/template/:id', getTemplate)
		.route('POST', '/api/template/:id', updateTemplate)
		.route('DELETE', '/api/template/:id', deleteTemplate);
}

module.exports = { register };
