import type { INodeProperties } from 'n8n-workflow';

import { SAMPLE_LANGUAGES } from '../../shared/fields/languages';

export const sampleLanguageField: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'options',
	options: SAMPLE_LANGUAGES,
	default: 'auto',
	description: 'Language spoken in the sample. Professional clones need a concrete language.',
	routing: { send: { type: 'body', property: 'language' } },
};

/** Vocu's docs give two different defaults for `vocalFilter`, so the node always sends the user's choice. */
export const vocalFilterField: INodeProperties = {
	displayName: 'Remove Background Sound',
	name: 'vocalFilter',
	type: 'boolean',
	default: false,
	description:
		'Whether Vocu should separate the voice from background music or noise in the sample before using it. Leave off for clean recordings.',
	routing: { send: { type: 'body', property: 'vocalFilter' } },
};

export const sampleDescriptionOption: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'A free-text note, shown in the Vocu app',
	routing: { send: { type: 'body', property: 'description' } },
};
