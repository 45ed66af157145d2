import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { downloadAudio } from '../../shared/audio';
import { API_PATHS, fillPath } from '../../shared/constants';
import { vocuRequest } from '../../shared/transport/request';

/** Task states (vocu-api.md §5.6): pending → processing → generated | failed; the last two are final. */
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

function isTransient(error: unknown): boolean {
	const code = Number((error as { httpCode?: string }).httpCode);
	return !Number.isFinite(code) || code === 429 || code >= 500;
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
	const deadline = Date.now() + settings.maxWaitMs;
	const path = fillPath(API_PATHS.task, { taskId: String(task.id) });
	let current = task;
	let failedPolls = 0;
	while (!SETTLED.includes(String(current.status))) {
		const remainingMs = deadline - Date.now();
		if (remainingMs <= 0 || context.getExecutionCancelSignal()?.aborted) {
			return { task: current, outcome: 'timedOut' };
		}
		await sleep(Math.min(settings.pollIntervalMs, remainingMs));
		try {
			const body = await vocuRequest<{ data?: IDataObject }>(context, { method: 'GET', path, operationKey: 'task.get' });
			if (body.data && typeof body.data === 'object') current = body.data;
			failedPolls = 0;
		} catch (error) {
			failedPolls++;
			if (!isTransient(error) || failedPolls >= MAX_FAILED_POLLS) {
				return { task: current, outcome: 'pollFailed', pollError: (error as Error).message };
			}
		}
	}
	return { task: current, outcome: current.status as 'generated' | 'failed' };
}

export function taskFailedError(context: IExecuteSingleFunctions, task: IDataObject): NodeApiError {
	return new NodeApiError(context.getNode(), task as JsonObject, {
		message: `Vocu task ${String(task.id)} failed`,
		description:
			'Vocu could not generate the audio and released the credits it had reserved. Check the text and voices, then create the task again (or use Task → Regenerate with this task ID).',
		itemIndex: context.getItemIndex(),
	});
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
			fileName: options.fileName,
			hint,
		}),
	};
	if (options.segments) {
		for (const [index, segment] of contents.entries()) {
			binary[`${options.binaryProperty}_segment${index + 1}`] = await downloadAudio(context, segment.audio, {
				label: `${label} segment ${index + 1} audio`,
				hint,
			});
		}
	}
	return binary;
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
