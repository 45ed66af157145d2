import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** What an AI agent receives instead of one output item's JSON (the operation's `toolOutput`). */
export type ToolOutput = (this: IExecuteSingleFunctions, json: IDataObject) => IDataObject;

/**
 * Output, on operations that give agents a compact answer (n8n's pattern for nodes used as AI tools, shown only
 * on the tool through the `@tool` display condition, so workflows are unchanged): Simplified is that answer, Raw
 * what the node returns in a workflow, Selected Fields the listed fields of it.
 */
export const toolOutputFields: INodeProperties[] = [
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		displayOptions: { show: { '@tool': [true] } },
		options: [
			{
				name: 'Simplified',
				value: 'simple',
				description: 'Return the IDs, status and audio URL an agent needs',
			},
			{
				name: 'Raw',
				value: 'raw',
				description: 'Return what the node returns in a workflow (Simplify still applies)',
			},
			{
				name: 'Selected Fields',
				value: 'fields',
				description: 'Return only the fields listed in Fields',
			},
		],
		default: 'simple',
		description: 'What the agent receives for each result',
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		displayOptions: { show: { '@tool': [true], output: ['fields'] } },
		default: '',
		placeholder: 'e.g. audioUrl, status',
		description: 'Comma-separated names of the fields to return, as in the Raw output',
	},
];

/**
 * How each output item's JSON becomes what the agent receives, as the Output parameter says (Simplified by
 * default). Called before anything is sent, so a Selected Fields list that is empty fails before a paid call.
 */
export function toolShape(
	context: IExecuteSingleFunctions,
	toolOutput: ToolOutput,
): (json: IDataObject) => IDataObject {
	const output = context.getNodeParameter('output', 'simple') as string;
	if (output === 'raw') return (json) => json;
	if (output !== 'fields') return (json) => toolOutput.call(context, json);
	const names = String(context.getNodeParameter('fields', '') ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	if (!names.length) {
		throw new NodeOperationError(context.getNode(), "'Fields' is empty", {
			description:
				'List the fields to return, e.g. id, status, audioUrl, or set Output to Simplified.',
			itemIndex: context.getItemIndex(),
		});
	}
	return (json) =>
		Object.fromEntries(names.filter((name) => name in json).map((name) => [name, json[name]]));
}
