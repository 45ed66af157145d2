import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { PostReceiveHook } from '../routing/hooks';

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
export function inputBinaryField(
	description: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
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

/** The File Name option of an operation that outputs audio; read as `options.fileName`. */
export function outputFileNameOption(
	description: string,
	placeholder = 'e.g. greeting.mp3',
): INodeProperties {
	return {
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		placeholder,
		description,
	};
}

/** The description of a voice to speak with; also a good $fromAI hint (the two ID forms, where to find one). */
export const VOICE_TO_SPEAK_WITH =
	'The voice to speak with: a voice ID (a UUID, or market:<uuid> for a purchased market voice); Voice → Get Many lists them';

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
		description:
			'The text to speak (credits are charged per character). In controllable generation (v4.0 voices, see Generation Mode) it may hold control markers such as {{softly}}.',
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

/**
 * The "Options" collection of optional settings, read as the node parameter `options`. `overrides` names other
 * collections of the same shape (Generation Options, Filters, a node setting) or scopes it.
 */
export function optionsCollection(
	options: INodeProperties[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
		...overrides,
	};
}

/** The "Update Fields" collection of an update operation: only the fields the user adds are sent. */
export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return optionsCollection(options, {
		displayName: 'Update Fields',
		name: 'updateFields',
		placeholder: 'Add Field',
	});
}

/** A text field, empty by default; `extra` adds what it needs (required, placeholder, routing, ...). */
export function textField(
	displayName: string,
	name: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...extra };
}

/** A reorderable list of segments in speaking order, read as `segments.segment[]`. */
export function segmentsCollection(
	description: string,
	values: INodeProperties[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Segments',
		name: 'segments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Segment',
		default: {},
		description,
		options: [{ displayName: 'Segment', name: 'segment', values }],
		...extra,
	};
}

/** The Filters collection of a Get Many operation. */
export function filtersField(options: INodeProperties[]): INodeProperties {
	return optionsCollection(options, {
		displayName: 'Filters',
		name: 'filters',
		placeholder: 'Add Filter',
	});
}

/**
 * Simplify (n8n's output choice for reads with large answers; on by default). `kept` completes "Whether to
 * return only …", e.g. "ID, name and status".
 */
export function simplifyField(kept: string, full: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return only ${kept} instead of the full ${full}`,
	};
}

/**
 * The postReceive step that goes with simplifyField: with Simplify on (the default), each item's JSON becomes
 * `shape(json)`; binary data and pairing are kept. `name` names the step in n8n's logs and tests.
 */
export function simplifyWith(
	name: string,
	shape: (json: IDataObject) => IDataObject,
): PostReceiveHook {
	const step: PostReceiveHook = async function (items) {
		if (this.getNodeParameter('simplify', true) !== true) return items;
		return items.map((item) => ({ ...item, json: shape(item.json) }));
	};
	Object.defineProperty(step, 'name', { value: name });
	return step;
}
