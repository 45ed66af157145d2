import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { outputPropertyName } from '../../shared/audio';
import { outputBinaryField, outputFileNameOption } from '../../shared/fields/common';
import { taskAudio } from './completion';

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
export function downloadFields(downloadByDefault: boolean, show: IDisplayOptions['show'] = {}): INodeProperties[] {
	return [
		{ ...downloadAudioField, ...(downloadByDefault ? { default: true } : {}), displayOptions: { show } },
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
	'Name of the downloaded merged audio file. Empty uses the name Vocu gives it.',
	'e.g. dialogue.mp3',
);

/** The task as JSON, with its audio as binary when Download Audio is on and the task is generated. */
export async function taskItem(context: IExecuteSingleFunctions, task: IDataObject): Promise<INodeExecutionData> {
	if (task.status !== 'generated' || !(context.getNodeParameter('downloadAudio', false) as boolean)) {
		return { json: task };
	}
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const binary = await taskAudio(context, task, {
		binaryProperty: outputPropertyName(context),
		fileName: options.fileName as string | undefined,
		segments: options.downloadSegments === true,
	});
	return { json: task, binary };
}
