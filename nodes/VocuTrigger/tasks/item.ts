import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { downloadAudio, outputPropertyName } from '../../Vocu/shared/audio';
import { downloadContext } from '../context';
import type { Task } from './api';

export interface TaskFilters {
	statuses: string[];
	voiceId: string;
}

function segmentsOf(task: Task): IDataObject[] {
	const contents = (task.metadata as IDataObject | undefined)?.contents;
	return Array.isArray(contents) ? (contents as IDataObject[]) : [];
}

export function matchesTask(task: Task, filters: TaskFilters): boolean {
	if (!filters.statuses.includes(String(task.status))) return false;
	return (
		!filters.voiceId || segmentsOf(task).some((segment) => segment.voiceId === filters.voiceId)
	);
}

/**
 * The task as the workflow gets it: the fields people map (audio URLs, text, voices, credits) at the top, and
 * Vocu's own `metadata` unchanged for everything else.
 */
export function taskJson(task: Task): IDataObject {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = segmentsOf(task);
	const segments = contents.map((segment, index) => ({
		index,
		voiceId: segment.voiceId,
		promptId: segment.promptId,
		text: segment.text,
		audioUrl: segment.audio,
	}));
	return {
		event: task.status === 'generated' ? 'taskGenerated' : 'taskFailed',
		id: task.id,
		status: task.status,
		createdAt: task.createdAt,
		generatedAt: metadata.generatedAt,
		audioUrl: metadata.audio ?? (contents.length === 1 ? contents[0].audio : undefined),
		text: contents.map((segment) => String(segment.text ?? '')).join('\n'),
		segments,
		voices: Array.isArray(metadata.voices) ? metadata.voices : [],
		credits: metadata.characters,
		metadata,
	};
}

/**
 * The output item. With Attach Audio, a generated task's merged MP3 is downloaded without the credential
 * (storage hosts must never get the key). A failed download does not stop the poll (that would hold back every
 * later task): the item goes out without the file, saying why, and keeps the URL.
 */
export async function taskItem(
	context: IPollFunctions,
	task: Task,
	index: number,
): Promise<INodeExecutionData> {
	const json = taskJson(task);
	if (task.status !== 'generated' || !(context.getNodeParameter('attachAudio', false) as boolean))
		return { json };
	const single = downloadContext(context, index);
	const property = outputPropertyName(single);
	try {
		const binary = await downloadAudio(single, json.audioUrl, {
			label: `Task ${task.id} audio`,
			fileName: `${task.id}.mp3`,
			chargedId: task.id,
		});
		return { json, binary: { [property]: binary } };
	} catch (error) {
		return { json: { ...json, attachAudioError: (error as Error).message } };
	}
}
