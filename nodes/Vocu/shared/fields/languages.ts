import type { INodePropertyOptions } from 'n8n-workflow';

/** Vocu's code, the label, and whether only voice samples may use it (Vocu clones from it but does not generate in it). */
type Language = [value: string, name: string, sampleOnly?: 'sampleOnly'];

/**
 * The languages Vocu knows, by the codes it accepts (short codes such as `en` are silently dropped by Vocu), in
 * the order the dropdowns show them. `auto` lets Vocu detect the language.
 */
const LANGUAGES: Language[] = [
	['yue', 'Cantonese'],
	['zh', 'Chinese (Mandarin)'],
	['en-us', 'English (US)'],
	['fr-fr', 'French'],
	['de', 'German'],
	['ja', 'Japanese'],
	['ja-asmr', 'Japanese (ASMR)', 'sampleOnly'],
	['ko', 'Korean'],
	['pt', 'Portuguese'],
	['es', 'Spanish'],
];

function languageOptions(languages: Language[]): INodePropertyOptions[] {
	return [
		{ name: 'Auto-Detect', value: 'auto' },
		...languages.map(([value, name]) => ({ name, value })),
	];
}

/** Languages of generated speech (Speech, Task segments). */
export const GENERATION_LANGUAGES = languageOptions(
	LANGUAGES.filter(([, , sampleOnly]) => !sampleOnly),
);

/** Languages of a voice sample (Voice → Create, Add Style); Vocu turns unknown values into `auto`. */
export const SAMPLE_LANGUAGES = languageOptions(LANGUAGES);
