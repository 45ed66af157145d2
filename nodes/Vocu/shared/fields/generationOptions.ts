import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { LIMITS } from '../constants';
import { VOICE_ID_REGEX } from './index';

/** The generation parameters of vocu-api.md §9.4, by node field name; Speech and each Task segment use them. */
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

/** Languages Vocu accepts for generation (edition C); short codes such as `en` are silently dropped by Vocu. */
const LANGUAGES = [
	{ name: 'Auto Detect', value: 'auto' },
	{ name: 'Cantonese', value: 'yue' },
	{ name: 'Chinese (Mandarin)', value: 'zh' },
	{ name: 'English (US)', value: 'en-us' },
	{ name: 'French', value: 'fr-fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];

/** `emo_switch` is five intensities in this order (vocu-api.md §5.1). */
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
		options: LANGUAGES,
		default: 'auto',
		description: 'Language of the text (v3.0 voices). Auto Detect lets Vocu decide.',
	},
	preset: {
		displayName: 'Preset',
		name: 'preset',
		type: 'options',
		options: [
			{ name: 'Balance', value: 'balance', description: 'Balanced between expressiveness and stability' },
			{ name: 'Creative', value: 'creative', description: 'More expressive and varied' },
			{ name: 'Stable', value: 'stable', description: 'More even and predictable' },
		],
		default: 'balance',
		description: 'Generation preset',
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

/** The query parameters documented for streaming generation (vocu-api.md §5.4). */
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
	return {
		displayName: 'Generation Options',
		name: 'generationOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: parameters
			.map((parameter) => FIELDS[parameter])
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		...overrides,
	};
}

/** Where a value came from, for error messages: the item and, in multi-segment tasks, the segment (1-based). */
export interface InputLocation {
	itemIndex: number;
	segment?: number;
}

function where(at: InputLocation): string {
	return at.segment === undefined ? `item ${at.itemIndex}` : `item ${at.itemIndex}, segment ${at.segment}`;
}

export function inputError(node: INode, at: InputLocation, message: string, description: string) {
	return new NodeOperationError(node, `${message} (${where(at)})`, { description, itemIndex: at.itemIndex });
}

function asNumber(value: unknown): number {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '') return Number(value);
	return NaN;
}

function asBoolean(node: INode, at: InputLocation, label: string, value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw inputError(node, at, `"${label}" must be true or false`, `Got ${JSON.stringify(value)}.`);
}

function numberInRange(
	node: INode,
	at: InputLocation,
	label: string,
	value: unknown,
	range: { min: number; max: number; integer?: boolean },
): number {
	const number = asNumber(value);
	const kind = range.integer ? 'a whole number' : 'a number';
	const valid = Number.isFinite(number) && (!range.integer || Number.isInteger(number));
	if (!valid || number < range.min || number > range.max) {
		throw inputError(
			node,
			at,
			`"${label}" must be ${kind} from ${range.min} to ${range.max}`,
			`Got ${JSON.stringify(value)}. Vocu ignores or rejects values outside this range, so nothing was sent.`,
		);
	}
	return number;
}

/** The text to speak: required and not only whitespace. */
export function requireText(node: INode, at: InputLocation, value: unknown): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) {
		throw inputError(node, at, '"Text" is empty', 'Enter the text to speak, or check the expression that sets it.');
	}
	return text;
}

const VOICE_ID = new RegExp(VOICE_ID_REGEX);

/** A voice ID typed as text or set by an expression: required, trimmed, a UUID or market:<uuid>. */
export function requireId(node: INode, at: InputLocation, label: string, value: unknown): string {
	const id = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
	if (!id) throw inputError(node, at, `"${label}" is empty`, `Enter the ${label.toLowerCase()}.`);
	if (!VOICE_ID.test(id)) {
		throw inputError(
			node,
			at,
			`"${label}" is not a voice ID`,
			`Got ${JSON.stringify(id.slice(0, 80))}. Use a voice UUID, or market:<uuid> for a market voice (Voice → Get Many lists them).`,
		);
	}
	return id;
}

/**
 * Checks the Generation Options a user set and maps them to Vocu's body names (`break_clone`, `emo_switch`, ...).
 * Only options the user added are sent, so Vocu's documented defaults apply to the rest.
 */
export function generationParameters(node: INode, at: InputLocation, options: IDataObject): IDataObject {
	const params: IDataObject = {};
	if (options.preset !== undefined) {
		const preset = String(options.preset).trim();
		if (!PRESET_KEY.test(preset)) {
			throw inputError(
				node,
				at,
				'"Preset" is not a preset key',
				`Got ${JSON.stringify(options.preset)}. Use creative, balance, stable, or a key from Vocu's preset list.`,
			);
		}
		params.preset = preset;
	}
	if (options.language !== undefined) {
		const language = String(options.language).trim().toLowerCase();
		if (!LANGUAGES.some((option) => option.value === language)) {
			throw inputError(
				node,
				at,
				`"Language" ${JSON.stringify(options.language)} is not supported`,
				`Use one of: ${LANGUAGES.map((option) => option.value).join(', ')}.`,
			);
		}
		params.language = language;
	}
	if (options.breakClone !== undefined) {
		params.break_clone = asBoolean(node, at, 'Text-Driven Emotion', options.breakClone);
	}
	if (options.vivid !== undefined) params.vivid = asBoolean(node, at, 'Vivid', options.vivid);
	if (options.emotions !== undefined) {
		const emotions = (options.emotions ?? {}) as IDataObject;
		params.emo_switch = EMOTIONS.map((emotion) =>
			emotions[emotion.name] === undefined
				? 0
				: numberInRange(node, at, `Emotion Mix: ${emotion.displayName}`, emotions[emotion.name], {
						min: LIMITS.emotionMin,
						max: LIMITS.emotionMax,
						integer: true,
					}),
		);
	}
	if (options.speechRate !== undefined) {
		params.speechRate = numberInRange(node, at, 'Speech Rate', options.speechRate, {
			min: LIMITS.speechRateMin,
			max: LIMITS.speechRateMax,
		});
	}
	if (options.flash !== undefined) params.flash = asBoolean(node, at, 'Flash Mode', options.flash);
	if (options.seed !== undefined) {
		params.seed = numberInRange(node, at, 'Seed', options.seed, { min: -1, max: SEED_MAX, integer: true });
	}
	if (options.srt !== undefined) params.srt = asBoolean(node, at, 'Subtitles', options.srt);
	if (params.srt === true && params.flash === true) {
		throw inputError(node, at, 'Subtitles cannot be combined with Flash Mode', 'Turn off one of the two options.');
	}
	return params;
}

/** Query strings carry booleans as `true`/`false` text (vocu-api.md §5.4). */
export function asQueryParameters(params: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(params).map(([key, value]) => [key, typeof value === 'boolean' ? String(value) : value]),
	);
}
