import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from './common';
import { LIMITS } from '../constants';
import { GENERATION_LANGUAGES } from './languages';

/** Vocu's generation parameters, by node field name; Speech and each Task segment use them. */
export type GenerationParameter =
	| 'breakClone'
	| 'emotions'
	| 'flash'
	| 'infiniteMode'
	| 'language'
	| 'postProcessing'
	| 'preset'
	| 'referenceMode'
	| 'seed'
	| 'speechRate'
	| 'srt'
	| 'vivid';

/** Vocu's `reference_mode` of controllable generation: how closely the voice sample is followed. */
export const REFERENCE_MODES = ['balanced', 'expressive', 'similarity'] as const;

/** Vocu's `emo_switch` is five intensities in this order. */
export const EMOTIONS = [
	{ name: 'anger', displayName: 'Anger' },
	{ name: 'happiness', displayName: 'Happiness' },
	{ name: 'neutral', displayName: 'Neutral' },
	{ name: 'sadness', displayName: 'Sadness' },
	{ name: 'contextMatch', displayName: 'Context Match' },
] as const;

export const SEED_MAX = 2_147_483_647;

/** Preset keys: the three documented ones, or a key from Vocu's preset list (e.g. v3_balance_pro) via an expression. */
export const PRESET_KEY = /^[A-Za-z0-9_-]{1,64}$/;

const FIELDS: Record<GenerationParameter, INodeProperties> = {
	emotions: {
		displayName: 'Emotion Mix',
		name: 'emotions',
		type: 'collection',
		placeholder: 'Add Emotion',
		default: {},
		description:
			'How strongly each emotion comes through, 0 (none) to 10. Emotions left out count as 0; all zero follows the voice sample.',
		options: [...EMOTIONS]
			.sort((a, b) => a.displayName.localeCompare(b.displayName))
			.map((emotion) => ({
				displayName: emotion.displayName,
				name: emotion.name,
				type: 'number' as const,
				typeOptions: {
					minValue: LIMITS.emotionMin,
					maxValue: LIMITS.emotionMax,
					numberPrecision: 0,
				},
				default: 0,
				description:
					emotion.name === 'contextMatch'
						? 'Intensity of the emotion that fits the text, 0 to 10'
						: `Intensity of ${emotion.displayName.toLowerCase()}, 0 to 10`,
			})),
	},
	flash: {
		displayName: 'Flash Mode',
		name: 'flash',
		type: 'boolean',
		default: false,
		description: 'Whether to use the low-latency mode. Cannot be combined with Subtitles.',
	},
	infiniteMode: {
		displayName: 'Long-Text Mode',
		name: 'infiniteMode',
		type: 'boolean',
		default: false,
		description: "Whether to use Vocu's unbounded long-text mode (infinite_mode) for a long text",
	},
	language: {
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: GENERATION_LANGUAGES,
		default: 'auto',
		description: 'Language of the text (v3.0 voices). Auto-Detect lets Vocu decide.',
	},
	postProcessing: {
		displayName: 'Post-Processing',
		name: 'postProcessing',
		type: 'string',
		default: '',
		placeholder: 'e.g. a chain ID from the Vocu web app',
		description:
			'ID of a Vocu post-processing chain (post_processing). Vocu does not document the allowed values: it is sent as entered and checked by Vocu.',
	},
	referenceMode: {
		displayName: 'Reference Emphasis',
		name: 'referenceMode',
		type: 'options',
		options: [
			{ name: 'Balanced', value: 'balanced' },
			{ name: 'Expressive', value: 'expressive', description: 'Freer, more emotional delivery' },
			{ name: 'Similarity', value: 'similarity', description: 'Stays closest to the voice sample' },
		],
		default: 'balanced',
		description:
			'How closely controllable generation follows the voice sample (reference_mode). Used only in controllable generation (v4.0 voices); plain generation ignores it.',
	},
	// The list comes from the account (methods/presets.ts) and always starts with balance, creative and stable.
	preset: {
		displayName: 'Preset Name or ID',
		name: 'preset',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPresets' },
		default: 'balance',
		description:
			'Generation preset: Balance, Creative or Stable, or one of the presets your Vocu account offers (Preset → Get Many lists them). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	seed: {
		displayName: 'Seed',
		name: 'seed',
		type: 'number',
		typeOptions: { minValue: -1, maxValue: SEED_MAX, numberPrecision: 0 },
		default: -1,
		description:
			'Random seed; the same seed and input give the same result. -1 picks a random seed.',
	},
	speechRate: {
		displayName: 'Duration Factor',
		name: 'speechRate',
		type: 'number',
		typeOptions: {
			minValue: LIMITS.speechRateMin,
			maxValue: LIMITS.speechRateMax,
			numberPrecision: 2,
		},
		default: 1,
		// The editor clamps a typed value to min/max without a word, so the range stays in sight.
		hint: `From ${LIMITS.speechRateMin} to ${LIMITS.speechRateMax}: below 1 is faster, above 1 slower`,
		description:
			"How long the speech lasts compared with the voice's own pace, from 0.5 to 2: 2 is twice as long (slower), 0.5 half as long (faster), 1 unchanged. Sent as Vocu's speechRate, which Vocu's API defines this way (its web app's speed slider runs the other way).",
	},
	srt: {
		displayName: 'Subtitles',
		name: 'srt',
		type: 'boolean',
		default: false,
		description: 'Whether to also generate SRT subtitles. Cannot be combined with Flash Mode.',
	},
	breakClone: {
		displayName: 'Text-Driven Emotion',
		name: 'breakClone',
		type: 'boolean',
		default: true,
		description:
			'Whether the emotion follows the text rather than the voice sample (overrides the preset)',
	},
	vivid: {
		displayName: 'Vivid',
		name: 'vivid',
		type: 'boolean',
		default: false,
		description: 'Whether to make the delivery more vivid (v3.0 voices)',
	},
};

/**
 * What a text segment of a task accepts (Vocu's list for `type: text`; Flash Mode is not on it, Vocu drops it).
 * Subtitles are task-level.
 */
export const SEGMENT_PARAMETERS: GenerationParameter[] = [
	'breakClone',
	'emotions',
	'infiniteMode',
	'language',
	'postProcessing',
	'preset',
	'referenceMode',
	'seed',
	'speechRate',
	'vivid',
];

/** What Speech → Generate sends in its JSON body. */
export const GENERATE_PARAMETERS: GenerationParameter[] = [
	'breakClone',
	'emotions',
	'flash',
	'language',
	'preset',
	'referenceMode',
	'seed',
	'speechRate',
	'srt',
	'vivid',
];

/** The query parameters Vocu documents for streaming generation. */
export const STREAM_PARAMETERS: GenerationParameter[] = [
	'breakClone',
	'flash',
	'infiniteMode',
	'postProcessing',
	'preset',
	'referenceMode',
	'seed',
	'speechRate',
	'srt',
];

/** One generation option field, for collections that hold other options too (Task → Create puts Subtitles there). */
export function generationOptionField(parameter: GenerationParameter): INodeProperties {
	return FIELDS[parameter];
}

/** The "Generation Options" collection offering `parameters`, sorted by label as n8n's UI expects. */
export function generationOptionsField(
	parameters: GenerationParameter[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	const fields = parameters
		.map((parameter) => FIELDS[parameter])
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return optionsCollection(fields, {
		displayName: 'Generation Options',
		name: 'generationOptions',
		...overrides,
	});
}
