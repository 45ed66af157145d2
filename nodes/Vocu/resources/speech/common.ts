import type {
	IBinaryData,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { outputPropertyName } from '../../shared/audio';
import { withSubtitles } from '../../shared/subtitles';
import { DEFAULT_MAX_CONCURRENT } from '../../shared/transport/chargedRequest';
import { SYNC_GENERATION_TIMEOUT_MS } from '../../shared/constants';
import {
	optionsCollection,
	outputFileNameOption,
	speakTextField,
	styleField,
	VOICE_TO_SPEAK_WITH,
} from '../../shared/fields/common';
import {
	generationOptionsField,
	type GenerationParameter,
} from '../../shared/fields/generationOptions';
import { voiceLocator } from '../../shared/fields/locators';
import { generationParameters } from '../../shared/generationParameters';
import {
	generationModeField,
	isControllable,
	withGenerationMode,
} from '../../shared/generationMode';
import { requireId, requireText } from '../../shared/validation';

/** Read by the request path as `options.maxConcurrent` (shared/transport/chargedRequest.ts). */
export const maxConcurrentOption: INodeProperties = {
	displayName: 'Max Concurrent Generations',
	name: 'maxConcurrent',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: DEFAULT_MAX_CONCURRENT,
	description:
		"Lowers how many items of this node generate at the same time. Without this option the node keeps to the account's own limit, read from Vocu (Account → Get: quota.syncBaseConcurrent + quota.syncPaidConcurrent; 3 if it cannot be read) and shared by the executions of this n8n process (each queue-mode worker has its own); a value at or above that limit changes nothing. 0 turns every limit off and sends all items at once: Vocu then holds the extra requests for up to 330 s.",
};

/**
 * The fields of both speech operations: voice, style, text, the Generation Options they accept, the operation's
 * output fields, and Options (the output file name, described per operation, and concurrency).
 */
export function speechFields(
	parameters: GenerationParameter[],
	outputFields: INodeProperties[],
	fileNameDescription: string,
): INodeProperties[] {
	return [
		voiceLocator({ description: VOICE_TO_SPEAK_WITH }),
		styleField(),
		speakTextField(),
		generationModeField(),
		generationOptionsField(parameters),
		...outputFields,
		optionsCollection([outputFileNameOption(fileNameDescription), maxConcurrentOption]),
	];
}

/**
 * Reads and checks voice, style, text, Generation Mode and Generation Options, returned under Vocu's names, and
 * gives the request the synchronous-generation timeout (applySyncTimeout).
 */
export async function speechRequestInput(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IDataObject> {
	applySyncTimeout(context, requestOptions);
	const node = context.getNode();
	const at = { itemIndex: context.getItemIndex() };
	const voiceId = requireId(
		node,
		at,
		'Voice',
		context.getNodeParameter('voiceId', '', { extractValue: true }),
	);
	const promptId = String(context.getNodeParameter('styleId', 'default') ?? '').trim() || 'default';
	const text = requireText(node, at, context.getNodeParameter('text', ''));
	const options = context.getNodeParameter('generationOptions', {}) as IDataObject;
	const params = generationParameters(node, at, options);
	const baseUrl = typeof requestOptions.baseURL === 'string' ? requestOptions.baseURL : undefined;
	const mode = context.getNodeParameter('generationMode', 'auto');
	const controllable = await isControllable(context, mode, voiceId, baseUrl);
	return { voiceId, text, promptId, ...withGenerationMode(node, at, params, controllable) };
}

/**
 * Vocu holds a synchronous generation up to ~330 s when the account is at its concurrency limit. n8n's routing
 * replaces an operation's own timeout with the "Timeout" node setting or 300 s, so it is raised here unless the
 * user set a timeout.
 */
export function applySyncTimeout(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): void {
	const { timeout } = context.getNodeParameter('requestOptions', {}) as { timeout?: number };
	if (!timeout) requestOptions.timeout = SYNC_GENERATION_TIMEOUT_MS;
}

/**
 * The output item of a speech operation: the result JSON and the audio in the output binary field, with Vocu's
 * subtitles (`srt`) beside it as an `.srt` file, or a note when Subtitles was on and Vocu sent none.
 */
export async function speechItem(
	context: IExecuteSingleFunctions,
	json: IDataObject,
	audio: IBinaryData,
): Promise<INodeExecutionData[]> {
	const field = outputPropertyName(context);
	const asked =
		(context.getNodeParameter('generationOptions', {}) as IDataObject | undefined)?.srt === true;
	const item = { json, binary: { [field]: audio } };
	return [await withSubtitles(context, item, json.srt, field, asked)];
}

/** Vocu's result (`id`, `audio`, `streamUrl`, `credit_used`, ...) with readable names. */
export function speechResultJson(data: IDataObject): IDataObject {
	const { id, audio, streamUrl, credit_used: creditUsed, ...rest } = data;
	return {
		id,
		...(creditUsed !== undefined ? { creditUsed } : {}),
		...(audio !== undefined ? { audioUrl: audio } : {}),
		...(streamUrl !== undefined ? { streamUrl } : {}),
		...rest,
	};
}
