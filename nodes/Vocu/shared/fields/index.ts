import type { INodeProperties } from 'n8n-workflow';

export const VOICE_ID_REGEX = '^(market:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The voice picker: searchable list of the account's voices, or an ID (UUID or market:<uuid>). */
export function voiceLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Voice',
		name: 'voiceId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The voice character to use',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a voice...',
				typeOptions: { searchListMethod: 'searchVoices', searchable: true, searchFilterRequired: false },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 9f011950-f143-4eb7-abbb-90e0b66874ea or market:<uuid>',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: VOICE_ID_REGEX,
							errorMessage: 'Not a voice ID: expected a UUID, or market:<uuid> for a market voice',
						},
					},
				],
			},
		],
		...overrides,
	};
}

/** A style of the chosen voice, loaded from the voice (deleted styles hidden); `default` is the voice's own. */
export function styleField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Style Name or ID',
		name: 'styleId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVoiceStyles', loadOptionsDependsOn: ['voiceId.value'] },
		default: 'default',
		description:
			'The voice style (prompt) to speak with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	};
}

const TEMPLATE_ID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The template picker: searchable list of the account's generation templates, or a template ID (UUID). */
export function templateLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Template',
		name: 'templateId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The generation template',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a template...',
				typeOptions: { searchListMethod: 'searchTemplates', searchable: true, searchFilterRequired: false },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. c9baa76f-de5f-4746-afbc-dffd4b9fb7ab',
				validation: [
					{
						type: 'regex',
						properties: { regex: TEMPLATE_ID_REGEX, errorMessage: 'Not a template ID: expected a UUID' },
					},
				],
			},
		],
		...overrides,
	};
}

/** Return All + Limit. Lists that Vocu pages use `operation({ paginated: true })`; Limit also caps the output. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
			routing: { output: { maxResults: '={{$value}}' } },
		},
	];
}

/** The name of an input binary property holding a file to send. */
export function inputBinaryField(description: string, overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file',
		description,
		...overrides,
	};
}

/** The name of the output binary property that receives generated audio. */
export function outputBinaryField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyOutput',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the audio file in',
		description: 'Name of the binary property that receives the audio file',
		...overrides,
	};
}

/** The text to speak (Speech operations, task segments). */
export function speakTextField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder: 'e.g. Hello there, the weather is really nice today!',
		description: 'The text to speak',
		...overrides,
	};
}

/** A voice ID typed into a segment of a fixed collection, where resource locators cannot be used. */
export function segmentVoiceIdField(description: string): INodeProperties {
	return {
		displayName: 'Voice ID',
		name: 'voiceId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 46cc9a76-acd7-4af7-a13a-f8b1408b1848 or market:<uuid>',
		description,
	};
}

/** The Filters collection of a Get Many operation. */
export function filtersField(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}
