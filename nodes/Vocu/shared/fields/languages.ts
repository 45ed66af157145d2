import type { INodePropertyOptions } from 'n8n-workflow';

interface Language {
	name: string;
	value: string;
	/** Only for voice samples: Vocu clones from it but does not generate in it. */
	sampleOnly?: boolean;
}

/**
 * The languages Vocu knows, by the codes it accepts (short codes such as `en` are silently dropped by Vocu), in
 * the order the dropdowns show them. `auto` lets Vocu detect the language.
 */
const LANGUAGES: Language[] = [
	{ name: 'Cantonese', value: 'yue' },
	{ name: 'Chinese (Mandarin)', value: 'zh' },
	{ name: 'English (US)', value: 'en-us' },
	{ name: 'French', value: 'fr-fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Japanese (ASMR)', value: 'ja-asmr', sampleOnly: true },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];

function languageOptions(autoLabel: string, languages: Language[]): INodePropertyOptions[] {
	return [{ name: autoLabel, value: 'auto' }, ...languages.map(({ name, value }) => ({ name, value }))];
}

/** Languages of generated speech (Speech, Task segments). */
export const GENERATION_LANGUAGES = languageOptions(
	'Auto Detect',
	LANGUAGES.filter((language) => !language.sampleOnly),
);

/** Languages of a voice sample (Voice → Create, Add Style); Vocu turns unknown values into `auto`. */
export const SAMPLE_LANGUAGES = languageOptions('Auto-Detect', LANGUAGES);
