import type {
	IBinaryKeyData,
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { downloadAudio, outputPropertyName } from '../../shared/audio';
import { API_PATHS, fillPath } from '../../shared/constants';
import { withGenerationId } from '../../shared/errors/errorItem';
import { outputBinaryField, outputFileNameOption } from '../../shared/fields/common';
import { pollUntil } from '../../shared/transport/poll';
import { vocuRequest } from '../../shared/transport/request';
import { withSubtitles } from '../../shared/subtitles';
import { wantsAudioDownload } from '../../shared/toolResults';

export const taskIdField: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 71f2d625-b99c-4654-9d24-337e18b2e3fd',
	description: 'ID of the generation task, as returned by Task → Create',
};

const downloadAudioField: INodeProperties = {
	displayName: 'Download Audio',
	name: 'downloadAudio',
	type: 'boolean',
	default: false,
	description:
		'Whether to download the finished MP3 into a binary field when the task is generated. The JSON keeps the audio URLs either way.',
};

/** Download Audio + output field; shown only when `show` holds (e.g. while waiting for completion). */
export function downloadFields(
	downloadByDefault: boolean,
	show: IDisplayOptions['show'] = {},
): INodeProperties[] {
	return [
		{
			...downloadAudioField,
			...(downloadByDefault ? { default: true } : {}),
			displayOptions: { show },
		},
		outputBinaryField({ displayOptions: { show: { ...show, downloadAudio: [true] } } }),
	];
}

export const downloadSegmentsOption: INodeProperties = {
	displayName: 'Download Segment Audio',
	name: 'downloadSegments',
	type: 'boolean',
	default: false,
	description:
		"Whether to also download each segment's MP3 when audio is downloaded, into extra binary fields named after the output field: data_segment1, data_segment2, …",
};

export const fileNameOption: INodeProperties = outputFileNameOption(
	'Name of the downloaded merged audio file. Empty uses the task ID shown in the output, e.g. 3f2b….mp3.',
	'e.g. dialogue.mp3',
);

export function taskFailedError(context: IExecuteSingleFunctions, task: IDataObject): NodeApiError {
	const error = new NodeApiError(context.getNode(), task as JsonObject, {
		message: `Vocu task ${String(task.id)} failed`,
		description:
			'Vocu could not generate the audio and released the credits it had reserved. Check the text and voices, then create the task again (or use Task → Regenerate with this task ID).',
		itemIndex: context.getItemIndex(),
	});
	return withGenerationId(error, task.id);
}

export interface TaskAudioOptions {
	binaryProperty: string;
	/** File name for the merged audio; empty uses the name in its URL. */
	fileName?: string;
	/** Also download each segment's audio into `<binaryProperty>_segment<n>`. */
	segments?: boolean;
}

/**
 * Downloads a generated task's merged MP3 (`metadata.audio`) and, if asked, each segment's MP3
 * (`metadata.contents[i].audio`). A one-segment task without a merged file uses its segment's audio.
 */
export async function taskAudio(
	context: IExecuteSingleFunctions,
	task: IDataObject,
	options: TaskAudioOptions,
): Promise<IBinaryKeyData> {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = (Array.isArray(metadata.contents) ? metadata.contents : []) as IDataObject[];
	const label = `Task ${String(task.id)}`;
	const hint = `The task is generated; get its audio again later with Task → Get (ID ${String(task.id)}).`;
	const mergedUrl = metadata.audio ?? (contents.length === 1 ? contents[0].audio : undefined);
	const binary: IBinaryKeyData = {
		[options.binaryProperty]: await downloadAudio(context, mergedUrl, {
			label: `${label} audio`,
			fileName: options.fileName?.trim() || `${String(task.id)}.mp3`,
			chargedId: String(task.id),
			hint,
		}),
	};
	if (options.segments) {
		for (const [index, segment] of contents.entries()) {
			binary[`${options.binaryProperty}_segment${index + 1}`] = await downloadAudio(
				context,
				segment.audio,
				{
					label: `${label} segment ${index + 1} audio`,
					chargedId: String(task.id),
					hint,
				},
			);
		}
	}
	return binary;
}

/** The task as JSON, with its audio as binary when Download Audio is on and the task is generated. */
export async function taskItem(
	context: IExecuteSingleFunctions,
	task: IDataObject,
): Promise<INodeExecutionData> {
	if (task.status !== 'generated' || !wantsAudioDownload(context, false)) {
		return { json: task };
	}
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const binaryProperty = outputPropertyName(context);
	const binary = await taskAudio(context, task, {
		binaryProperty,
		fileName: options.fileName as string | undefined,
		segments: options.downloadSegments === true,
	});
	const metadata = (task.metadata ?? {}) as IDataObject;
	// Where Vocu puts the file is undocumented: `srtUrl` (the sandbox), or `srt` itself when it is text or a URL.
	const srt = metadata.srtUrl ?? metadata.srt;
	return await withSubtitles(
		context,
		{ json: task, binary },
		srt,
		binaryProperty,
		options.srt === true,
	);
}

/** A task with Simplify on (Get, Get Many): status, audio URLs and length, without voices and generation settings. */
export function simpleTask(task: IDataObject): IDataObject {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = (Array.isArray(metadata.contents) ? metadata.contents : []) as IDataObject[];
	return {
		id: task.id,
		status: task.status,
		audioUrl: metadata.audio ?? (contents.length === 1 ? contents[0].audio : undefined) ?? null,
		subtitlesUrl: [metadata.srtUrl, metadata.srt].find((url) => typeof url === 'string') ?? null,
		characters: metadata.characters ?? null,
		generatedAt: metadata.generatedAt ?? null,
		segments: contents.map((segment) => ({
			voiceId: segment.voiceId,
			audioUrl: segment.audio ?? null,
		})),
	};
}

export const SIMPLE_TASK_FIELDS =
	"ID, status, audio and subtitle URLs, characters, generation time and each segment's voice and audio URL";

/** Task states: pending → processing → generated | failed; the last two are final. */
const SETTLED = ['generated', 'failed'];

/** Polls that fail this many times in a row (rate limit, Vocu busy, network) end the wait. */
const MAX_FAILED_POLLS = 3;

export interface WaitSettings {
	pollIntervalMs: number;
	maxWaitMs: number;
}

export interface WaitResult {
	task: IDataObject;
	/** `timedOut`: still running at Max Wait; `pollFailed`: Vocu could not be asked any more. */
	outcome: 'generated' | 'failed' | 'timedOut' | 'pollFailed';
	pollError?: string;
}

/**
 * Polls `GET /api/tts/generate/{id}` every `pollIntervalMs` until the task is generated or failed, or until
 * `maxWaitMs` has passed (the last poll happens at that moment). Never submits anything: a task that outlives
 * the wait is returned as it is.
 */
export async function waitForTask(
	context: IExecuteSingleFunctions,
	task: IDataObject,
	settings: WaitSettings,
): Promise<WaitResult> {
	const path = fillPath(API_PATHS.task, { taskId: String(task.id) });
	let latest = task;
	const readTask = async () => {
		const body = await vocuRequest<{ data?: IDataObject }>(context, {
			method: 'GET',
			path,
			operationKey: 'task.get',
		});
		if (body.data && typeof body.data === 'object') latest = body.data;
		return latest;
	};
	const result = await pollUntil(
		context,
		task,
		(current) => SETTLED.includes(String(current.status)),
		readTask,
		{
			intervalMs: settings.pollIntervalMs,
			maxWaitMs: settings.maxWaitMs,
			maxFailedPolls: MAX_FAILED_POLLS,
		},
	);
	if (result.outcome === 'pollFailed')
		return { task: result.value, outcome: 'pollFailed', pollError: result.error.message };
	if (result.outcome === 'timedOut') return { task: result.value, outcome: 'timedOut' };
	return { task: result.value, outcome: result.value.status as 'generated' | 'failed' };
}

/** The output item for a task after waiting: the task, flagged when the wait ended before the task did. */
export function unsettledTaskItem(result: WaitResult): INodeExecutionData {
	return {
		json: {
			...result.task,
			...(result.outcome === 'timedOut' ? { waitTimedOut: true } : {}),
			...(result.outcome === 'pollFailed' ? { waitError: result.pollError } : {}),
		},
	};
}
