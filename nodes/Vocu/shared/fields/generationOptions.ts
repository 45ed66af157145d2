import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { LIMITS } from '../constants';
import { asBoolean, inputError, numberInRange, type InputLocation } from '../validation';
import { optionsCollection } from './common';
import { GENERATION_LANGUAGES } from './languages';

/** Vocu's generation parameters, by node field name; Speech and each Task segment use them. */
export type GenerationParameter =
	| 'breakClone'
	| 'emotions'
	| 'flash'
	| 'language'
	| 'preset'
	| 'seed'
	| 'speechRate'
	| 'srt'
	| 'vivid';

/** Vocu's `emo_switch` is five intensities in this order. */
const EMOTIONS = [
	{ name: 'anger', displayName: 'Anger' },
	{ name: 'happiness', displayName: 'Happiness' },
	{ name: 'neutral', displayName: 'Neutral' },
	{ name: 'sadness', displayName: 'Sadness' },
	{ name: 'contextMatch', displayName: 'Context Match' },
] as const;

const SEED_MAX = 2_147_483_647;

/** Preset keys: the three documented ones, or a key from Vocu's preset list (e.g. v3_balance_pro) via an expression. */
const PRESET_KEY = /^[A-Za-z0-9_-]{1,64}$/;

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
				typeOptions: { minValue: LIMITS.emotionMin, maxValue: LIMITS.emotionMax, numberPrecision: 0 },
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
	language: {
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: GENERATION_LANGUAGES,
		default: 'auto',
		description: 'Language of the text (v3.0 voices). Auto Detect lets Vocu decide.',
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
		description: 'Random seed; the same seed and input give the same result. -1 picks a random seed.',
	},
	speechRate: {
		displayName: 'Speech Rate',
		name: 'speechRate',
		type: 'number',
		typeOptions: { minValue: LIMITS.speechRateMin, maxValue: LIMITS.speechRateMax, numberPrecision: 2 },
		default: 1,
		description:
			"Duration factor from 0.5 to 2; 1 is the voice's own pace. Vocu's API docs describe it as scaling the duration (2 = twice as long).",
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
		description: 'Whether the emotion follows the text rather than the voice sample (overrides the preset)',
	},
	vivid: {
		displayName: 'Vivid',
		name: 'vivid',
		type: 'boolean',
		default: false,
		description: 'Whether to make the delivery more vivid (v3.0 voices)',
	},
};

/** Every parameter that may be sent per Speech → Generate request and per task segment (srt is task-level). */
export const SEGMENT_PARAMETERS: GenerationParameter[] = [
	'breakClone',
	'emotions',
	'flash',
	'language',
	'preset',
	'seed',
	'speechRate',
	'vivid',
];

/** The query parameters Vocu documents for streaming generation. */
export const STREAM_PARAMETERS: GenerationParameter[] = ['breakClone', 'flash', 'preset', 'seed', 'speechRate', 'srt'];

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
	return optionsCollection(fields, { displayName: 'Generation Options', name: 'generationOptions', ...overrides });
}

function presetKey(node: INode, at: InputLocation, value: unknown): string {
	const preset = String(value).trim();
	if (!PRESET_KEY.test(preset)) {
		throw inputError(
			node,
			at,
			'"Preset" is not a preset key',
			`Got ${JSON.stringify(value)}. Use creative, balance, stable, or a key from Vocu's preset list.`,
		);
	}
	return preset;
}

function languageCode(node: INode, at: InputLocation, value: unknown): string {
	const language = String(value).trim().toLowerCase();
	if (!GENERATION_LANGUAGES.some((option) => option.value === language)) {
		throw inputError(
			node,
			at,
			`"Language" ${JSON.stringify(value)} is not supported`,
			`Use one of: ${GENERATION_LANGUAGES.map((option) => option.value).join(', ')}.`,
		);
	}
	return language;
}

/** The Emotion Mix as Vocu's five `emo_switch` intensities; emotions left out are 0. */
function emotionSwitch(node: INode, at: InputLocation, value: unknown): number[] {
	const emotions = (value ?? {}) as IDataObject;
	const range = { min: LIMITS.emotionMin, max: LIMITS.emotionMax, integer: true };
	return EMOTIONS.map((emotion) =>
		emotions[emotion.name] === undefined
			? 0
			: numberInRange(node, at, `Emotion Mix: ${emotion.displayName}`, emotions[emotion.name], range),
	);
}

/**
 * Checks the Generation Options a user set and maps them to Vocu's body names (`break_clone`, `emo_switch`, ...).
 * Only options the user added are sent, so Vocu's documented defaults apply to the rest.
 */
export function generationParameters(node: INode, at: InputLocation, options: IDataObject): IDataObject {
	const params: IDataObject = {};
	const flag = (label: string, value: unknown) => asBoolean(node, at, label, value);
	if (options.preset !== undefined) params.preset = presetKey(node, at, options.preset);
	if (options.language !== undefined) params.language = languageCode(node, at, options.language);
	if (options.breakClone !== undefined) params.break_clone = flag('Text-Driven Emotion', options.breakClone);
	if (options.vivid !== undefined) params.vivid = flag('Vivid', options.vivid);
	if (options.emotions !== undefined) params.emo_switch = emotionSwitch(node, at, options.emotions);
	if (options.speechRate !== undefined) {
		params.speechRate = numberInRange(node, at, 'Speech Rate', options.speechRate, {
			min: LIMITS.speechRateMin,
			max: LIMITS.speechRateMax,
		});
	}
	if (options.flash !== undefined) params.flash = flag('Flash Mode', options.flash);
	if (options.seed !== undefined) {
		params.seed = numberInRange(node, at, 'Seed', options.seed, { min: -1, max: SEED_MAX, integer: true });
	}
	if (options.srt !== undefined) params.srt = flag('Subtitles', options.srt);
	if (params.srt === true && params.flash === true) {
		throw inputError(node, at, 'Subtitles cannot be combined with Flash Mode', 'Turn off one of the two options.');
	}
	return params;
}

/** Vocu's streaming endpoint reads booleans in the query string as `true`/`false` text. */
export function asQueryParameters(params: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(params).map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value]),
	);
}
