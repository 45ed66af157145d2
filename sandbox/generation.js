'use strict';
// Checks one generation request (a sync request or one async text/audio block) the way Vocu documents its generation
// parameters and limits, and its three synchronous modes: plain TTS, controllable ("instruct") TTS with `{{…}}`
// markers, and voice conversion (`input_audio`). Returns the list of problems instead of throwing for parameter
// values, so sync and async can answer with their own error codes; voice problems throw Vocu's own errors.

const { VocuError } = require('./http');

const PRESETS = ['creative', 'balance', 'stable'];
const PRESET_KEY = /^v\d+_[a-z_]+$/; // keys from GET /api/tts/presets, e.g. v3_balance_pro
const LANGUAGES = ['auto', 'zh', 'en-us', 'ja', 'ko', 'fr-fr', 'pt', 'de', 'es', 'yue'];
const REFERENCE_MODES = ['similarity', 'balanced', 'expressive'];
const VC_MODES = ['standard', 'similarity', 'prosody', 'cover'];
const BOOLEAN_FIELDS = [
	'break_clone',
	'vivid',
	'flash',
	'stream',
	'srt',
	'high_quality',
	'instruct_mode',
	'infinite_mode',
	'keep_prosody',
	'cover_mode',
	'enable_music',
	'music_instrumental',
];
/** Fields of the synchronous request (POST body or GET query). */
const SYNC_FIELDS = [
	'voiceId',
	'text',
	'promptId',
	'preset',
	'break_clone',
	'language',
	'vivid',
	'emo_switch',
	'speechRate',
	'flash',
	'stream',
	'seed',
	'srt',
	'instruct_mode',
	'reference_mode',
	'infinite_mode',
	'post_processing',
	'input_audio',
	'vc_mode',
	'high_quality',
	'keep_prosody',
	'cover_mode',
];
/** What voice conversion keeps; every other TTS field is cleared silently (Vocu: "TTS fields are silently cleared"). */
const VC_FIELDS = [
	'voiceId',
	'promptId',
	'input_audio',
	'vc_mode',
	'high_quality',
	'keep_prosody',
	'cover_mode',
	'speechRate',
	'seed',
	'stream',
];
const USABLE = ['pending', 'lora-success', 'lora-awaiting-auto-reupload'];
/** Audio Vocu accepts as input: its own upload and generation folders on its storage. */
const PLATFORM_AUDIO = /^\/(vc-input|generate)\//;

/** Converts query-string values (`true`, `1`, `0.8`) to the JSON types the checks expect. */
function fromQuery(query) {
	const request = {};
	for (const [key, value] of query) {
		if (BOOLEAN_FIELDS.includes(key)) request[key] = value === 'true' || value === '1';
		else if (key === 'speechRate' || key === 'seed') request[key] = Number(value);
		else if (key === 'emo_switch') request[key] = value.split(',').map(Number);
		else request[key] = value;
	}
	return request;
}

/** The voice for `voiceId`, or Vocu's error for an unusable one (404/409/400); undefined when no ID was sent. */
function usableVoice(state, voiceId) {
	if (typeof voiceId !== 'string' || !voiceId) return undefined;
	const voice = state.findVoice(voiceId);
	if (!voice) throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${voiceId} not found`);
	const status = state.voiceStatus(voice);
	if (status === 'creating')
		throw new VocuError(409, 'VOICE_CREATING', 'The voice is still being created; retry shortly');
	if (status === 'failed')
		throw new VocuError(400, 'VOICE_CREATE_FAILED', 'Creating this voice failed');
	if (!USABLE.includes(status))
		throw new VocuError(400, 'VOICE_NOT_TTS_READY', `The voice is ${status}, not ready`);
	return voice;
}

function instructPathOnly(voice) {
	return new VocuError(
		400,
		'VOICE_INSTRUCT_PATH_ONLY',
		`This voice (${voice.version}) only supports controllable (instruct) generation: send instruct_mode: true`,
	);
}

/** The storage path of an audio URL this sandbox issued (upload or generation), or undefined. */
function platformAudioPath(state, url) {
	const path = storagePath(state, url);
	return path && PLATFORM_AUDIO.test(path) && state.files.has(path) ? path : undefined;
}

/** Value problems shared by every text-like request (sync or a task's text/scene block). */
function valueProblems(request) {
	const problems = [];
	const { preset, emo_switch: emo, seed } = request;
	if (preset !== undefined && !PRESETS.includes(preset) && !PRESET_KEY.test(preset)) {
		problems.push(
			`preset ${JSON.stringify(preset)} is not one of ${PRESETS.join(', ')} or a preset key`,
		);
	}
	if (emo !== undefined) {
		const valid =
			Array.isArray(emo) &&
			emo.length === 5 &&
			emo.every((value) => Number.isInteger(value) && value >= 0 && value <= 10);
		if (!valid) problems.push('emo_switch must be 5 integers from 0 to 10');
	}
	if (seed !== undefined && seed !== null) {
		if (!Number.isInteger(seed) || seed < -1 || seed > 2147483647) {
			problems.push('seed must be an integer from -1 to 2147483647');
		}
	}
	for (const field of BOOLEAN_FIELDS) {
		if (request[field] !== undefined && typeof request[field] !== 'boolean')
			problems.push(`${field} must be a boolean`);
	}
	if (request.post_processing !== undefined && typeof request.post_processing !== 'string')
		problems.push('post_processing must be a string');
	if (request.vc_mode !== undefined && !VC_MODES.includes(request.vc_mode))
		problems.push(`vc_mode must be one of ${VC_MODES.join(', ')}`);
	return problems;
}

/** `{{…}}` control markers are stripped before billing and duration (Vocu, instruct mode). */
function spokenText(request) {
	const text = String(request.text ?? '');
	return request.instruct_mode === true ? text.replace(/\{\{[^}]*\}\}/g, '') : text;
}

/**
 * Checks a synchronous request. Throws Vocu's voice errors, VOICE_INSTRUCT_PATH_ONLY and TTS_INPUT_AUDIO_INVALID;
 * returns `{ mode, voice, problems, ignored, cleared, noEffect, languageDropped }`.
 */
function checkGeneration(state, request) {
	const voice = usableVoice(state, request.voiceId);
	const problems = voice ? [] : ['voiceId is required'];
	const mode =
		request.input_audio !== undefined ? 'vc' : request.instruct_mode === true ? 'instruct' : 'tts';
	if (voice) {
		const promptId = request.promptId ?? 'default';
		const style = voice.metadata.prompts.find(
			(prompt) => prompt.id === promptId || prompt.id.startsWith(promptId),
		);
		if (!style || style.deleted)
			problems.push(`style (promptId) ${promptId} does not exist on this voice`);
		if (mode === 'tts' && voice.version === 'v4.0') throw instructPathOnly(voice);
	}
	if (mode === 'vc' && !platformAudioPath(state, request.input_audio)) {
		throw new VocuError(
			400,
			'TTS_INPUT_AUDIO_INVALID',
			'input_audio must be a URL returned by /api/tts/upload-audio (or a generated audio URL)',
		);
	}
	if (mode !== 'vc' && !spokenText(request).trim()) problems.push('text is required');
	problems.push(...valueProblems(request));
	if (request.srt === true && request.flash === true)
		problems.push('srt cannot be combined with flash');
	const ignored = Object.keys(request).filter((key) => !SYNC_FIELDS.includes(key));
	const cleared =
		mode === 'vc'
			? Object.keys(request).filter((key) => SYNC_FIELDS.includes(key) && !VC_FIELDS.includes(key))
			: [];
	const noEffect = [];
	if (
		request.reference_mode !== undefined &&
		(mode !== 'instruct' || !REFERENCE_MODES.includes(request.reference_mode))
	)
		noEffect.push('reference_mode');
	if (request.srt === true && mode === 'instruct') noEffect.push('srt');
	const vcOnly = ['vc_mode', 'high_quality', 'keep_prosody', 'cover_mode'];
	if (mode !== 'vc') noEffect.push(...vcOnly.filter((key) => request[key] !== undefined));
	return {
		mode,
		voice,
		problems,
		ignored,
		cleared,
		noEffect,
		languageDropped:
			mode !== 'vc' && request.language !== undefined && !LANGUAGES.includes(request.language),
	};
}

/** The path of a URL on the sandbox's storage origin, or undefined for any other URL. */
function storagePath(state, url) {
	try {
		const parsed = new URL(url);
		return parsed.origin === new URL(state.options.storageUrl()).origin
			? parsed.pathname
			: undefined;
	} catch {
		return undefined;
	}
}

module.exports = {
	checkGeneration,
	fromQuery,
	usableVoice,
	instructPathOnly,
	platformAudioPath,
	valueProblems,
	spokenText,
	LANGUAGES,
	REFERENCE_MODES,
};
