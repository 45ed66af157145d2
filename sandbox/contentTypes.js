'use strict';
// Async task content blocks (`contents[].type`): each type's accepted keys as Vocu lists them (keys outside the list
// are dropped silently; the sandbox records them), the values the sandbox checks, and the audio each type produces.

const { VocuError } = require('./http');
const {
	usableVoice,
	instructPathOnly,
	platformAudioPath,
	valueProblems,
	spokenText,
	LANGUAGES,
	REFERENCE_MODES,
} = require('./generation');
const { speechSeconds } = require('./mp3');

const INTERVAL_KEYS = ['interval', 'interval_head', 'interval_tail', 'interval_range'];
/** Vocu's accepted keys per content type (POST /api/tts/generate, `contents[].type`). */
const TYPE_KEYS = {
	text: [
		'type',
		'voiceId',
		'text',
		'promptId',
		'language',
		'emo_switch',
		'vivid',
		'break_clone',
		'preset',
		'seed',
		'speechRate',
		'infinite_mode',
		'post_processing',
		'gamble',
		...INTERVAL_KEYS,
		'instruct_mode',
		'reference_mode',
	],
	audio: [
		'type',
		'voiceId',
		'promptId',
		'input_audio',
		'speechRate',
		'vc_mode',
		'high_quality',
		'keep_prosody',
		'cover_mode',
		...INTERVAL_KEYS,
	],
	sfx: ['type', 'text', 'sfx_length', 'sfx_image', 'sfx_mode', ...INTERVAL_KEYS],
	music: [
		'type',
		'text',
		'music_duration',
		'music_instrumental',
		'music_lyrics',
		'music_reference_audio',
		'music_reference_voice',
		'music_task_type',
		'music_src_audio',
		'music_cover_strength',
		...INTERVAL_KEYS,
	],
	scene: [
		'type',
		'text',
		'language',
		'mentions',
		'enable_music',
		'seed',
		'reference_mode',
		...INTERVAL_KEYS,
	],
	custom_audio: ['type', 'input_audio', ...INTERVAL_KEYS],
	stem_separation: ['type', 'input_audio', ...INTERVAL_KEYS],
};
const TYPES = Object.keys(TYPE_KEYS);
/** Sandbox limits where Vocu names a key but not its range (README "Values Vocu leaves undocumented"). */
const LIMITS = { intervalSeconds: 60, sfxSeconds: 30, musicSeconds: 300 };
const DEFAULT_SECONDS = { sfx: 5, music: 30 };

/** `{ type, inferred, kept, dropped }`; a missing type is inferred like Vocu's legacy path (input_audio → audio). */
function splitBlock(block) {
	const inferred = block.type === undefined;
	const type = inferred ? (block.input_audio !== undefined ? 'audio' : 'text') : block.type;
	const accepted = TYPE_KEYS[type] ?? [];
	const kept = {};
	const dropped = [];
	for (const [key, value] of Object.entries(block)) {
		if (accepted.includes(key)) kept[key] = value;
		else dropped.push(key);
	}
	return { type, inferred, kept, dropped };
}

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const inRange = (value, min, max) => isNumber(value) && value >= min && value <= max;

function intervalProblems(block) {
	const problems = [];
	for (const key of ['interval', 'interval_head', 'interval_tail']) {
		if (block[key] !== undefined && !inRange(block[key], 0, LIMITS.intervalSeconds))
			problems.push(`${key} must be a number of seconds from 0 to ${LIMITS.intervalSeconds}`);
	}
	const range = block.interval_range;
	if (range !== undefined) {
		const valid =
			Array.isArray(range) &&
			range.length === 2 &&
			range.every((value) => inRange(value, 0, LIMITS.intervalSeconds)) &&
			range[0] <= range[1];
		if (!valid) problems.push('interval_range must be [min, max] seconds with min ≤ max');
	}
	return problems;
}

function needText(block) {
	return typeof block.text === 'string' && spokenText(block).trim() ? [] : ['text is required'];
}

function needPlatformAudio(state, block, key, required = true) {
	if (block[key] === undefined) return required ? [`${key} is required`] : [];
	return platformAudioPath(state, block[key])
		? []
		: [`${key} was not issued by this platform (upload it with POST /api/tts/upload-audio)`];
}

function needStyle(voice, block) {
	const promptId = block.promptId ?? 'default';
	const style = voice.metadata.prompts.find(
		(prompt) => prompt.id === promptId || prompt.id.startsWith(promptId),
	);
	return !style || style.deleted
		? [`style (promptId) ${promptId} does not exist on this voice`]
		: [];
}

function typeOf(key, value, kind) {
	if (value === undefined) return [];
	if (kind === 'string' && typeof value !== 'string') return [`${key} must be a string`];
	if (kind === 'number' && !isNumber(value)) return [`${key} must be a number`];
	return [];
}

/** Problems of one block's kept keys (voice errors throw Vocu's own codes). */
const CHECKS = {
	text(state, block) {
		const voice = usableVoice(state, block.voiceId);
		if (!voice) return ['voiceId is required'];
		if (voice.version === 'v4.0' && block.instruct_mode !== true) throw instructPathOnly(voice);
		const problems = [...needStyle(voice, block), ...needText(block), ...valueProblems(block)];
		if (block.language !== undefined && !LANGUAGES.includes(block.language))
			problems.push(
				`language ${JSON.stringify(block.language)} is not one of ${LANGUAGES.join(', ')}`,
			);
		if (block.reference_mode !== undefined && !REFERENCE_MODES.includes(block.reference_mode))
			problems.push(`reference_mode must be one of ${REFERENCE_MODES.join(', ')}`);
		return problems;
	},
	audio(state, block) {
		const voice = usableVoice(state, block.voiceId);
		if (!voice) return ['voiceId is required'];
		return [
			...needStyle(voice, block),
			...needPlatformAudio(state, block, 'input_audio'),
			...valueProblems(block),
		];
	},
	sfx(state, block) {
		const problems = [...needText(block), ...typeOf('sfx_mode', block.sfx_mode, 'string')];
		problems.push(...typeOf('sfx_image', block.sfx_image, 'string'));
		if (
			block.sfx_length !== undefined &&
			!(isNumber(block.sfx_length) && block.sfx_length > 0 && block.sfx_length <= LIMITS.sfxSeconds)
		)
			problems.push(`sfx_length must be more than 0 and at most ${LIMITS.sfxSeconds} seconds`);
		return problems;
	},
	music(state, block) {
		const problems =
			block.text || block.music_lyrics || block.music_src_audio
				? []
				: ['text (a music prompt) is required'];
		if (
			block.music_duration !== undefined &&
			!(
				isNumber(block.music_duration) &&
				block.music_duration > 0 &&
				block.music_duration <= LIMITS.musicSeconds
			)
		)
			problems.push(
				`music_duration must be more than 0 and at most ${LIMITS.musicSeconds} seconds`,
			);
		for (const key of ['text', 'music_lyrics', 'music_task_type', 'music_reference_voice'])
			problems.push(...typeOf(key, block[key], 'string'));
		problems.push(...typeOf('music_cover_strength', block.music_cover_strength, 'number'));
		problems.push(...needPlatformAudio(state, block, 'music_reference_audio', false));
		problems.push(...needPlatformAudio(state, block, 'music_src_audio', false));
		return [...problems, ...valueProblems(block)];
	},
	scene(state, block) {
		const problems = [...needText(block), ...valueProblems(block)];
		if (block.language !== undefined && !LANGUAGES.includes(block.language))
			problems.push(
				`language ${JSON.stringify(block.language)} is not one of ${LANGUAGES.join(', ')}`,
			);
		if (block.reference_mode !== undefined && !REFERENCE_MODES.includes(block.reference_mode))
			problems.push(`reference_mode must be one of ${REFERENCE_MODES.join(', ')}`);
		const mentions = block.mentions;
		if (mentions !== undefined && typeof mentions !== 'string' && !Array.isArray(mentions))
			problems.push('mentions must be a list (or a string)');
		return problems;
	},
	custom_audio: (state, block) => needPlatformAudio(state, block, 'input_audio'),
	stem_separation: (state, block) => needPlatformAudio(state, block, 'input_audio'),
};

/** Problems of one split block, each naming the segment (`contents[2] (sfx): …`). */
function blockProblems(state, split, index) {
	const label = `contents[${index}] (${split.type})`;
	if (!TYPES.includes(split.type))
		return [
			`contents[${index}]: type ${JSON.stringify(split.type)} is not one of ${TYPES.join(', ')}`,
		];
	const problems = [...CHECKS[split.type](state, split.kept), ...intervalProblems(split.kept)];
	return problems.map((problem) => `${label}: ${problem}`);
}

/** Seconds of audio a block produces (before pauses). */
function blockSeconds(state, block, type) {
	const input = () => state.fileSeconds(platformAudioPath(state, block.input_audio));
	const rate = inRange(block.speechRate, 0.5, 2) ? block.speechRate : 1;
	switch (type) {
		case 'audio':
			return input() * rate;
		case 'custom_audio':
		case 'stem_separation':
			return input();
		case 'sfx':
			return block.sfx_length ?? DEFAULT_SECONDS.sfx;
		case 'music':
			return block.music_duration ?? DEFAULT_SECONDS.music;
		case 'scene':
			return Math.max(5, speechSeconds(block.text));
		default:
			return speechSeconds(spokenText(block)) * rate;
	}
}

/** Pause seconds around a block: head + tail + the gap after it (interval, else the middle of interval_range). */
function pauseSeconds(block) {
	const range = Array.isArray(block.interval_range)
		? (block.interval_range[0] + block.interval_range[1]) / 2
		: 0;
	return (block.interval_head ?? 0) + (block.interval_tail ?? 0) + (block.interval ?? range);
}

/** Credits a block costs: characters for text-driven types, started seconds of input for audio-driven ones. */
function blockCost(state, block, type) {
	if (['audio', 'custom_audio', 'stem_separation'].includes(type))
		return Math.max(1, Math.ceil(blockSeconds(state, block, type)));
	return spokenText(block).length;
}

function invalidContents(problems) {
	return new VocuError(
		400,
		'TTS_CONTENTS_INVALID',
		`The contents are invalid: ${problems.join('; ')}`,
	);
}

module.exports = {
	TYPE_KEYS,
	TYPES,
	LIMITS,
	splitBlock,
	blockProblems,
	blockSeconds,
	blockCost,
	pauseSeconds,
	invalidContents,
};
