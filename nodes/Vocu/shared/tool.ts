import type {
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { throwOnVocuError } from './errors';
import { shapeErrorForTool } from './errors/forTools';
import { pairWithInput } from './routing/output';
import { releaseConcurrencySlot } from './transport/throttle';
import { retryRateLimited } from './transport/retry';

function named<T extends object>(wrapper: T, original: { name: string }): T {
	Object.defineProperty(wrapper, 'name', { value: original.name });
	return wrapper;
}

function toolAwarePreSend(step: PreSendAction): PreSendAction {
	return named(async function (this: IExecuteSingleFunctions, requestOptions) {
		try {
			return await step.call(this, requestOptions);
		} catch (error) {
			throw shapeErrorForTool(this, error);
		}
	}, step);
}

function toolAwarePostReceive(step: PostReceiveAction): PostReceiveAction {
	if (typeof step !== 'function') return step;
	return named(async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response,
	) {
		try {
			return await step.call(this, items, response);
		} catch (error) {
			throw shapeErrorForTool(this, error);
		}
	}, step);
}

/** The steps of the pipeline every operation shares (shared/routing/operation.ts): never wrapped or moved. */
const PIPELINE_STEPS = new Set<unknown>([
	retryRateLimited,
	releaseConcurrencySlot,
	throwOnVocuError,
	pairWithInput,
]);

function toolAwareRouting(
	routing: INodePropertyRouting,
	finalSteps: PostReceiveAction[],
): INodePropertyRouting {
	const { send, output } = routing;
	const postReceive = output?.postReceive?.map((step) =>
		PIPELINE_STEPS.has(step) ? step : toolAwarePostReceive(step),
	);
	// The shaping steps go just before input pairing, which stays last.
	if (postReceive?.length && postReceive[postReceive.length - 1] === pairWithInput) {
		postReceive.splice(postReceive.length - 1, 0, ...finalSteps);
	}
	return {
		...routing,
		...(send?.preSend ? { send: { ...send, preSend: send.preSend.map(toolAwarePreSend) } } : {}),
		...(postReceive ? { output: { ...output, postReceive } } : {}),
	};
}

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

/**
 * The node's properties with every operation's own hooks made tool-aware: an error they throw carries its fix
 * in the message when the node runs as a tool (Vocu's API errors are shaped by throwOnVocuError itself), and
 * `finalSteps` (the tool output shaping) run just before input pairing. The pipeline's shared steps keep their
 * place; new objects are built, the resources' own operation objects are left as they are. The tool variant also
 * gets a Tool Description per operation, first in its parameters.
 */
export function toolAwareProperties(
	properties: INodeProperties[],
	finalSteps: PostReceiveAction[] = [],
): INodeProperties[] {
	const tooled = properties.map((property) => {
		if (property.name !== 'operation' || !property.options) return property;
		const options = (property.options as INodePropertyOptions[]).map((option) =>
			option.routing
				? { ...option, routing: toolAwareRouting(option.routing, finalSteps) }
				: option,
		);
		return { ...property, options };
	});
	return [...toolDescriptionFields(tooled), ...tooled];
}
