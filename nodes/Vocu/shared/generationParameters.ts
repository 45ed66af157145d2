// What the user set in Generation Options, checked and mapped to Vocu's request names. The fields themselves are
// in fields/generationOptions.ts.
import type { IDataObject, INode } from 'n8n-workflow';

import { LIMITS } from './constants';
import { EMOTIONS, PRESET_KEY, REFERENCE_MODES, SEED_MAX } from './fields/generationOptions';
import { GENERATION_LANGUAGES } from './fields/languages';
import { asBoolean, inputError, numberInRange, type InputLocation } from './validation';

function presetKey(node: INode, at: InputLocation, value: unknown): string {
	const preset = String(value).trim();
	if (!PRESET_KEY.test(preset)) {
		throw inputError(
			node,
			at,
			"'Preset' is not a preset key",
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
			`'Language' ${JSON.stringify(value)} is not supported`,
			`Use one of: ${GENERATION_LANGUAGES.map((option) => option.value).join(', ')}.`,
		);
	}
	return language;
}

function referenceMode(node: INode, at: InputLocation, value: unknown): string {
	const mode = String(value).trim().toLowerCase();
	if (!(REFERENCE_MODES as readonly string[]).includes(mode)) {
		throw inputError(
			node,
			at,
			`'Reference Emphasis' ${JSON.stringify(value)} is not supported`,
			`Use one of: ${REFERENCE_MODES.join(', ')}.`,
		);
	}
	return mode;
}

/** The Emotion Mix as Vocu's five `emo_switch` intensities; emotions left out are 0. */
function emotionSwitch(node: INode, at: InputLocation, value: unknown): number[] {
	const emotions = (value ?? {}) as IDataObject;
	const range = { min: LIMITS.emotionMin, max: LIMITS.emotionMax, integer: true };
	return EMOTIONS.map((emotion) =>
		emotions[emotion.name] === undefined
			? 0
			: numberInRange(
					node,
					at,
					`Emotion Mix: ${emotion.displayName}`,
					emotions[emotion.name],
					range,
				),
	);
}

/**
 * Checks the Generation Options a user set and maps them to Vocu's body names (`break_clone`, `emo_switch`, ...).
 * Only options the user added are sent, so Vocu's documented defaults apply to the rest.
 */
export function generationParameters(
	node: INode,
	at: InputLocation,
	options: IDataObject,
): IDataObject {
	const params: IDataObject = {};
	const flag = (label: string, value: unknown) => asBoolean(node, at, label, value);
	if (options.preset !== undefined) params.preset = presetKey(node, at, options.preset);
	if (options.language !== undefined) params.language = languageCode(node, at, options.language);
	if (options.breakClone !== undefined)
		params.break_clone = flag('Text-Driven Emotion', options.breakClone);
	if (options.vivid !== undefined) params.vivid = flag('Vivid', options.vivid);
	if (options.emotions !== undefined) params.emo_switch = emotionSwitch(node, at, options.emotions);
	if (options.speechRate !== undefined) {
		params.speechRate = numberInRange(node, at, 'Duration Factor', options.speechRate, {
			min: LIMITS.speechRateMin,
			max: LIMITS.speechRateMax,
		});
	}
	if (options.flash !== undefined) params.flash = flag('Flash Mode', options.flash);
	if (options.seed !== undefined) {
		params.seed = numberInRange(node, at, 'Seed', options.seed, {
			min: -1,
			max: SEED_MAX,
			integer: true,
		});
	}
	if (options.srt !== undefined) params.srt = flag('Subtitles', options.srt);
	if (options.referenceMode !== undefined)
		params.reference_mode = referenceMode(node, at, options.referenceMode);
	if (options.infiniteMode !== undefined)
		params.infinite_mode = flag('Long-Text Mode', options.infiniteMode);
	const postProcessing = String(options.postProcessing ?? '').trim();
	if (postProcessing) params.post_processing = postProcessing;
	if (params.srt === true && params.flash === true) {
		throw inputError(
			node,
			at,
			'Subtitles cannot be combined with Flash Mode',
			'Turn off one of the two options.',
		);
	}
	return params;
}

/** Vocu's streaming endpoint reads booleans in the query string as `true`/`false` text. */
export function asQueryParameters(params: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(params).map(([key, value]) => [
			key,
			typeof value === 'boolean' ? String(value) : value,
		]),
	);
}
