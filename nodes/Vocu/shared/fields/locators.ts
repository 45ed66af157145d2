import type { INodeProperties } from 'n8n-workflow';

import { UUID_PATTERN, VOICE_ID_PATTERN } from '../validation';

export interface LocatorSpec {
	/** The node parameter; path placeholders of the same name (`:voiceId`) take its value. */
	name: string;
	displayName: string;
	description: string;
	/** The listSearch method behind "From List". */
	searchMethod: string;
	/** "By ID" placeholder. */
	placeholder: string;
	/** Regex source the ID typed "By ID" must match. */
	idPattern: string;
	/** Shown when the typed ID does not match `idPattern`. */
	errorMessage: string;
}

/** A required picker: a searchable list of the account's items, or an ID typed by hand (checked by n8n). */
export function resourceLocator(
	spec: LocatorSpec,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${spec.displayName.toLowerCase()}...`,
				typeOptions: {
					searchListMethod: spec.searchMethod,
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.placeholder,
				validation: [
					{ type: 'regex', properties: { regex: spec.idPattern, errorMessage: spec.errorMessage } },
				],
			},
		],
		...overrides,
	};
}

/** The voice picker: searchable list of the account's voices, or an ID (UUID or market:<uuid>). */
export function voiceLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return resourceLocator(
		{
			name: 'voiceId',
			displayName: 'Voice',
			description: 'The voice character to use',
			searchMethod: 'searchVoices',
			placeholder: 'e.g. 3b1f6a2e-8c4d-4e7a-9f10-2a5b6c7d8e9f or market:<uuid>',
			idPattern: VOICE_ID_PATTERN,
			errorMessage: 'Not a voice ID: expected a UUID, or market:<uuid> for a market voice',
		},
		overrides,
	);
}

/** The template picker: searchable list of the account's generation templates, or a template ID (UUID). */
export function templateLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return resourceLocator(
		{
			name: 'templateId',
			displayName: 'Template',
			description: 'The generation template',
			searchMethod: 'searchTemplates',
			placeholder: 'e.g. c9baa76f-de5f-4746-afbc-dffd4b9fb7ab',
			idPattern: UUID_PATTERN,
			errorMessage: 'Not a template ID: expected a UUID',
		},
		overrides,
	);
}
