'use strict';
// Checks one generation request (a sync request or one async segment) the way Vocu documents its generation parameters and limits.
// Returns the list of problems instead of throwing, so sync and async can answer with their own error codes.

const { VocuError } = require('./http');

const PRESETS = ['creative', 'balance', 'stable'];
const PRESET_KEY = /^v\d+_[a-z_]+$/; // keys from GET /api/tts/presets, e.g. v3_balance_pro
const LANGUAGES = ['auto', 'zh', 'en-us', 'ja', 'ko', 'fr-fr', 'pt', 'de', 'es', 'yue'];
const BOOLEAN_FIELDS = ['break_clone', 'vivid', 'flash', 'stream', 'srt', 'high_quality'];
const KNOWN_FIELDS = [
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
	'input_audio',
	'vc_mode',
	'high_quality',
	'type',
];
const USABLE = ['pending', 'lora-success', 'lora-awaiting-auto-reupload'];

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

/**
 * Throws the VocuError Vocu would answer for a bad voice (404/409/400); returns a list of parameter
 * problems (strings) and the fields the sandbox does not know (Vocu ignores those silently).
 */
function checkGeneration(state, request) {
	const problems = [];
	const voiceId = request.voiceId;
	if (typeof voiceId !== 'string' || !voiceId) {
		problems.push('voiceId is required');
	} else {
		const voice = state.findVoice(voiceId);
		if (!voice) throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${voiceId} not found`);
		const status = state.voiceStatus(voice);
		if (status === 'creating')
			throw new VocuError(409, 'VOICE_CREATING', 'The voice is still being created; retry shortly');
		if (status === 'failed')
			throw new VocuError(400, 'VOICE_CREATE_FAILED', 'Creating this voice failed');
		if (!USABLE.includes(status))
			throw new VocuError(400, 'VOICE_NOT_TTS_READY', `The voice is ${status}, not ready`);
		const promptId = request.promptId ?? 'default';
		const style = voice.metadata.prompts.find(
			(prompt) => prompt.id === promptId || prompt.id.startsWith(promptId),
		);
		if (!style || style.deleted)
			problems.push(`style (promptId) ${promptId} does not exist on this voice`);
	}
	const vc = request.input_audio !== undefined;
	if (vc) {
		const path = storagePath(state, request.input_audio);
		if (!path || !path.startsWith('/vc-input/') || !state.files.has(path)) {
			throw new VocuError(
				400,
				'TTS_INPUT_AUDIO_INVALID',
				'input_audio must be a URL returned by /api/tts/upload-audio',
			);
		}
	} else if (typeof request.text !== 'string' || !request.text.trim()) {
		problems.push('text is required');
	}
	if (
		request.preset !== undefined &&
		!PRESETS.includes(request.preset) &&
		!PRESET_KEY.test(request.preset)
	) {
		problems.push(
			`preset ${JSON.stringify(request.preset)} is not one of ${PRESETS.join(', ')} or a preset key`,
		);
	}
	if (request.emo_switch !== undefined) {
		const valid =
			Array.isArray(request.emo_switch) &&
			request.emo_switch.length === 5 &&
			request.emo_switch.every((value) => Number.isInteger(value) && value >= 0 && value <= 10);
		if (!valid) problems.push('emo_switch must be 5 integers from 0 to 10');
	}
	if (request.seed !== undefined && request.seed !== null) {
		if (!Number.isInteger(request.seed) || request.seed < -1 || request.seed > 2147483647) {
			problems.push('seed must be an integer from -1 to 2147483647');
		}
	}
	for (const field of BOOLEAN_FIELDS) {
		if (request[field] !== undefined && typeof request[field] !== 'boolean')
			problems.push(`${field} must be a boolean`);
	}
	if (request.srt === true && request.flash === true)
		problems.push('srt cannot be combined with flash');
	const ignored = Object.keys(request).filter((key) => !KNOWN_FIELDS.includes(key));
	return {
		problems,
		ignored,
		languageDropped: request.language !== undefined && !LANGUAGES.includes(request.language),
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

module.exports = { checkGeneration, fromQuery, LANGUAGES };
