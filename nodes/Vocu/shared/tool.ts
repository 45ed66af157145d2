import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import type { PostReceiveHook } from './routing/hooks';
import { operationKeyOf, throwOnVocuError } from './errors';
import { runsAsTool, shapeErrorForTool } from './errors/forTools';
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

/**
 * Whether to download audio. As an AI agent tool never: agents drop binary data (n8n 2.x logs that it was
 * omitted) and pass the audio URL on, so Download Audio applies to workflow runs only. (n8n fills defaults into
 * the parameters before a run, so a setting the user chose cannot be told apart from the default.)
 */
export function wantsAudioDownload(context: IExecuteSingleFunctions, fallback: boolean): boolean {
	return !runsAsTool(context) && context.getNodeParameter('downloadAudio', fallback) === true;
}

/** What a delete answers, in every run: `{ deleted: true }` and the ID it removed. */
export function deletedJson(ids: IDataObject): IDataObject {
	return { deleted: true, ...ids };
}

function defined(json: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(json).filter(([, value]) => value !== undefined && value !== null),
	);
}

/** A speech result an agent can pass on: the audio URL (and stream URL), the ID, credits and text length. */
export function toolSpeechJson(json: IDataObject, text: string): IDataObject {
	return defined({
		id: json.id,
		audioUrl: json.audioUrl,
		streamUrl: json.streamUrl,
		creditUsed: json.creditUsed,
		characters: text.length,
		durationSeconds: json.estimatedDuration ?? json.duration,
		...(json.audioUrl || json.streamUrl
			? {}
			: { note: 'Vocu sent no audio URL; use Speech → Generate for one.' }),
	});
}

/**
 * A task an agent can pass on: ID, status, the merged audio URL, characters, segment count, wait flags. Reads
 * Vocu's task and the simplified one (Task → Get with Simplify on: audioUrl, characters, segments at the top).
 */
export function toolTaskJson(task: IDataObject): IDataObject {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = (
		Array.isArray(metadata.contents)
			? metadata.contents
			: Array.isArray(task.segments)
				? task.segments
				: []
	) as IDataObject[];
	const audioUrl =
		metadata.audio ??
		task.audioUrl ??
		(contents.length === 1 ? (contents[0].audio ?? contents[0].audioUrl) : undefined);
	const subtitlesUrl = metadata.srt ?? task.subtitlesUrl;
	return defined({
		id: task.id,
		status: task.status,
		audioUrl,
		characters: metadata.characters ?? task.characters,
		segments: contents.length || undefined,
		creditUsed: task.credit_used ?? task.creditUsed,
		subtitlesUrl: typeof subtitlesUrl === 'string' ? subtitlesUrl : undefined,
		waitTimedOut: task.waitTimedOut,
		waitError: task.waitError,
		...(task.status === 'generated' || !task.id
			? {}
			: { next: `Task → Get with ID ${String(task.id)} gives the audio URL once generated.` }),
	});
}

type ToolShaper = (context: IExecuteSingleFunctions, json: IDataObject) => IDataObject;

const speechShaper: ToolShaper = (context, json) =>
	toolSpeechJson(json, String(context.getNodeParameter('text', '') ?? ''));
const taskShaper: ToolShaper = (_context, json) => toolTaskJson(json);

/** Operations whose full output is more than an agent needs, keyed `resource.operation`. */
const TOOL_SHAPERS: Record<string, ToolShaper> = {
	'speech.generate': speechShaper,
	'speech.stream': speechShaper,
	'task.create': taskShaper,
	'task.createFromScript': taskShaper,
	'task.get': taskShaper,
	'task.regenerate': taskShaper,
};

/**
 * Last postReceive step when the node runs as a tool: generating operations answer with what the model needs
 * to pass the audio on (well under 1 KB of JSON). Binary data (Speech → Stream's bytes) is
 * dropped: an agent ignores it anyway. Other runs are left as they are.
 */
export const shapeOutputForTool: PostReceiveHook = async function (items) {
	if (!runsAsTool(this)) return items;
	const shaper = TOOL_SHAPERS[operationKeyOf(this)];
	if (!shaper) return items;
	return items.map((item) => ({
		json: shaper(this, item.json),
		...(item.pairedItem !== undefined ? { pairedItem: item.pairedItem } : {}),
	}));
};
