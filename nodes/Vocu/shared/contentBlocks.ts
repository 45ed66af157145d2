// The content blocks of an asynchronous task (`contents[]` of POST /api/tts/generate). Vocu silently drops a key
// that is not on its type's list, so every block is cut down to that list before it is sent.
import type { IDataObject, INode } from 'n8n-workflow';

import { LIMITS } from './constants';
import { REFERENCE_MODES, SEED_MAX } from './fields/generationOptions';
import { asBoolean, inputError, type InputLocation, numberInRange } from './validation';

export type ContentType =
	'text' | 'audio' | 'sfx' | 'music' | 'scene' | 'custom_audio' | 'stem_separation';

const PAUSE_KEYS = ['interval', 'interval_head', 'interval_tail', 'interval_range'];

/** Each type's accepted keys, as Vocu lists them for `contents[].type`. */
const CONTENT_KEYS: Record<ContentType, string[]> = {
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
		...PAUSE_KEYS,
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
		...PAUSE_KEYS,
	],
	sfx: ['type', 'text', 'sfx_length', 'sfx_image', 'sfx_mode', ...PAUSE_KEYS],
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
		...PAUSE_KEYS,
	],
	scene: [
		'type',
		'text',
		'language',
		'mentions',
		'enable_music',
		'seed',
		'reference_mode',
		...PAUSE_KEYS,
	],
	custom_audio: ['type', 'input_audio', ...PAUSE_KEYS],
	stem_separation: ['type', 'input_audio', ...PAUSE_KEYS],
};

/** Keys whose values Vocu names but does not document; sent as entered, Vocu validates them. */
export const UNDOCUMENTED_KEYS = [
	'sfx_length',
	'sfx_mode',
	'sfx_image',
	'music_duration',
	'music_task_type',
	'music_lyrics',
	'music_reference_audio',
	'music_reference_voice',
	'music_src_audio',
	'music_cover_strength',
	'mentions',
	'post_processing',
	...PAUSE_KEYS,
];

/** A block of `type` holding only the keys Vocu accepts for it (so nothing is dropped unseen). */
export function contentBlock(type: ContentType, fields: IDataObject): IDataObject {
	const allowed = CONTENT_KEYS[type];
	const block: IDataObject = { type };
	for (const [key, value] of Object.entries(fields))
		if (allowed.includes(key) && value !== undefined) block[key] = value;
	return block;
}

/** A value for an undocumented key: JSON (a list, an object, a number) when it parses as such, else the text. */
export function asEntered(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!/^[[{]/.test(text)) return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Options a user set, mapped to Vocu keys: `map` is node name → Vocu key; empty text is left out. */
export function mapOptions(options: IDataObject, map: Record<string, string>): IDataObject {
	const mapped: IDataObject = {};
	for (const [name, key] of Object.entries(map)) {
		const value = options[name];
		if (value === undefined || value === null || value === '') continue;
		mapped[key] = asEntered(value) as IDataObject[string];
	}
	return mapped;
}

export const PAUSE_OPTIONS = {
	interval: 'interval',
	intervalHead: 'interval_head',
	intervalTail: 'interval_tail',
	intervalRange: 'interval_range',
};

/** Sound effect and music options: node name → Vocu key. */
export const SOUND_EFFECT_OPTIONS = {
	sfxLength: 'sfx_length',
	sfxMode: 'sfx_mode',
	sfxImage: 'sfx_image',
};

export const MUSIC_OPTIONS = {
	musicDuration: 'music_duration',
	musicInstrumental: 'music_instrumental',
	musicLyrics: 'music_lyrics',
	musicReferenceAudio: 'music_reference_audio',
	musicReferenceVoice: 'music_reference_voice',
	musicTaskType: 'music_task_type',
	musicSrcAudio: 'music_src_audio',
	musicCoverStrength: 'music_cover_strength',
};

/** Voice conversion options (Speech → Convert Voice, `audio` blocks), checked where Vocu documents them. */
export function conversionParameters(
	node: INode,
	at: InputLocation,
	options: IDataObject,
): IDataObject {
	const params: IDataObject = {};
	if (options.vcMode !== undefined) {
		const mode = String(options.vcMode);
		if (!['standard', 'similarity', 'prosody', 'cover'].includes(mode))
			throw inputError(
				node,
				at,
				`'Conversion Mode' ${JSON.stringify(mode)} is not supported`,
				'Use standard, similarity, prosody or cover.',
			);
		params.vc_mode = mode;
	}
	if (options.highQuality !== undefined)
		params.high_quality = asBoolean(node, at, 'High Quality', options.highQuality);
	if (options.speechRate !== undefined) {
		params.speechRate = numberInRange(node, at, 'Duration Factor', options.speechRate, {
			min: LIMITS.speechRateMin,
			max: LIMITS.speechRateMax,
		});
	}
	return params;
}

/** Scene options: language, seed and reference emphasis checked; mentions and music as entered. */
export function sceneParameters(node: INode, at: InputLocation, options: IDataObject): IDataObject {
	const params = mapOptions(options, { mentions: 'mentions' });
	if (options.enableMusic !== undefined)
		params.enable_music = asBoolean(node, at, 'Background Music', options.enableMusic);
	if (options.language !== undefined) params.language = String(options.language);
	if (options.seed !== undefined)
		params.seed = numberInRange(node, at, 'Seed', options.seed, {
			min: -1,
			max: SEED_MAX,
			integer: true,
		});
	if (options.referenceMode !== undefined) {
		const mode = String(options.referenceMode);
		if (!(REFERENCE_MODES as readonly string[]).includes(mode))
			throw inputError(
				node,
				at,
				`'Reference Emphasis' ${JSON.stringify(mode)} is not supported`,
				`Use one of: ${REFERENCE_MODES.join(', ')}.`,
			);
		params.reference_mode = mode;
	}
	return params;
}
