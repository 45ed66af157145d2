'use strict';
// 2026-edition voice and style management plus the preset list: rename/describe voices and styles, make a style
// the default (an ID swap), reset a style, read and correct a style's transcript, GET /api/tts/presets.
// These endpoints answer `{ status: 200, data }` without `message`, like Vocu's.

const { randomUUID } = require('node:crypto');
const { VocuError } = require('../http');

const success = (data) => ({ body: { status: 200, ...(data === undefined ? {} : { data }) } });

/** Only settled, self-created voices can be changed (403 / 409 / 400 / 404 as Vocu answers). */
function editableVoice(state, id) {
	const voice = state.voices.get(id);
	if (!voice) {
		if (state.findVoice(id)) throw new VocuError(403, 'AUTH_FORBIDDEN', 'Access forbidden.');
		throw new VocuError(404, 'VOICE_NOT_FOUND', 'Voice not found.');
	}
	if (voice.from !== 'upload') throw new VocuError(403, 'AUTH_FORBIDDEN', 'Access forbidden.');
	const status = state.voiceStatus(voice);
	if (status === 'creating')
		throw new VocuError(
			409,
			'VOICE_CREATING',
			'This voice is still being created. Please try again later.',
		);
	if (status === 'failed')
		throw new VocuError(
			400,
			'VOICE_CREATE_FAILED',
			'Voice creation failed. Please create the voice again.',
		);
	return voice;
}

function findStyle(voice, promptId) {
	const style = voice.metadata.prompts.find((prompt) => prompt.id === promptId && !prompt.deleted);
	if (!style) throw new VocuError(404, 'RESOURCE_NOT_FOUND', 'Resource not found.');
	return style;
}

/** Name changes only when non-empty; the description is always written (left out = cleared). */
function writeInfo(target, body, descriptionHolder) {
	if (typeof body.name === 'string' && body.name.trim()) target.name = body.name.trim();
	descriptionHolder.description = typeof body.description === 'string' ? body.description : '';
}

function updateVoiceInfo({ state, params, json }) {
	const voice = editableVoice(state, params.id);
	writeInfo(voice, json(), voice.metadata);
	return success(state.voiceView(voice));
}

function updateStyleInfo({ state, params, json }) {
	const voice = editableVoice(state, params.id);
	const style = findStyle(voice, params.promptId);
	writeInfo(style, json(), style);
	return success(state.voiceView(voice));
}

/** An ID swap: the chosen style becomes `default` and moves first; the former default gets a new random UUID. */
function setDefaultStyle({ state, params }) {
	const voice = editableVoice(state, params.id);
	if (params.promptId !== 'default') {
		const chosen = findStyle(voice, params.promptId);
		const prompts = voice.metadata.prompts.filter((prompt) => prompt !== chosen);
		for (const prompt of prompts) if (prompt.id === 'default') prompt.id = randomUUID();
		voice.metadata.prompts = [{ ...chosen, id: 'default' }, ...prompts];
	}
	return success(state.voiceView(voice));
}

/** Both flags are always written; an unknown style ID is not checked (200, nothing changes). */
function resetStyle({ state, params, json }) {
	const voice = editableVoice(state, params.id);
	const body = json();
	const style = voice.metadata.prompts.find(
		(prompt) => prompt.id === params.promptId && !prompt.deleted,
	);
	if (style) {
		style.enhance = body.enhance === true;
		style.vocalFilter = body.vocalFilter === true;
		delete style.transcript;
		delete style.baseSpeechRate;
		delete style.playBackAudio;
	}
	return success(state.voiceView(voice));
}

function getTranscript({ state, params }) {
	const style = findStyle(editableVoice(state, params.id), params.promptId);
	return success(typeof style.transcript === 'string' ? style.transcript : null);
}

function correctTranscript({ state, params, json }) {
	const voice = editableVoice(state, params.id);
	const style = findStyle(voice, params.promptId);
	const { text } = json();
	if (typeof text !== 'string' || !text.trim()) {
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing text', {
			detail: { field: 'text' },
		});
	}
	style.transcript = text;
	style.baseSpeechRate = Math.round((text.length / 10) * 10) / 10;
	return success(state.voiceView(voice));
}

const SAMPLING = {
	min_p: 0,
	frequency_penalty: 0,
	presence_penalty: 0,
	repetition_penalty: 1,
	volume: 1,
};
const PRESETS = [
	['v2_balance', 0.9, 1024],
	['v2_creative', 1.1, 1024],
	['v2_stable', 0.7, 512],
	['v3_balance', 0.9, 1024],
	['v3_balance_pro', 1, 512],
].map(([key, temperature, topK]) => ({
	key,
	i18n_name: key,
	i18n_description: `${key}Desc`,
	config: { temperature, top_k: topK, top_p: 1, ...SAMPLING },
}));

function register(router) {
	router
		.route('POST', '/api/voice/:id/info', updateVoiceInfo)
		.route('POST', '/api/voice/:id/prompt/:promptId/info', updateStyleInfo)
		.route('POST', '/api/voice/:id/prompt/:promptId/default', setDefaultStyle)
		.route('POST', '/api/voice/:id/prompt/:promptId/reset', resetStyle)
		.route('GET', '/api/voice/:id/prompt/:promptId/stt', getTranscript)
		.route('POST', '/api/voice/:id/prompt/:promptId/stt', correctTranscript)
		.route('GET', '/api/tts/presets', () => success(PRESETS));
}

module.exports = { register, PRESETS };
