import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What the model is told about one operation: its action label, then its description. */
export function toolDescriptionText(resourceName: string, option: INodePropertyOptions): string {
	const description = String(option.description ?? '').trim();
	const sentence = /[.!?]$/.test(description) ? description : `${description}.`;
	return `${String(option.action ?? option.name)} in Vocu (${resourceName} → ${option.name}). ${sentence}`;
}

/**
 * The Tool Description field of the tool variant (`@tool`, n8n 1.x and 2.x), one per operation, defaulting to
 * that operation's text: n8n hands a node's `toolDescription` to the model, else only "<action> in Vocu".
 * Defined here, n8n does not add its own Tool Description pair (it checks for the name).
 */
function toolDescriptionFields(properties: INodeProperties[]): INodeProperties[] {
	const resources = properties.find((property) => property.name === 'resource');
	const resourceNames = new Map(
		((resources?.options ?? []) as INodePropertyOptions[]).map((option) => [
			option.value,
			option.name,
		]),
	);
	return properties.flatMap((property) => {
		const resource = property.displayOptions?.show?.resource?.[0];
		if (property.name !== 'operation' || !property.options || typeof resource !== 'string')
			return [];
		return (property.options as INodePropertyOptions[]).map((option): INodeProperties => ({
			displayName: 'Tool Description',
			name: 'toolDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: toolDescriptionText(resourceNames.get(resource) ?? resource, option),
			description:
				'What the AI agent is told about this tool. The default says what the operation does, what it returns and whether it spends credits.',
			displayOptions: {
				show: { '@tool': [true], resource: [resource], operation: [option.value] },
			},
		}));
	});
}

/** The node's properties with a Tool Description per operation first, for the tool variant. */
export function withToolDescriptions(properties: INodeProperties[]): INodeProperties[] {
	return [...toolDescriptionFields(properties), ...properties];
}
