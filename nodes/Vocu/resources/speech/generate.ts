import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { downloadAudio, outputPropertyName } from '../../shared/audio';
import { operation, type OperationSpec, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { outputBinaryField } from '../../shared/fields/common';
import { SEGMENT_PARAMETERS } from '../../shared/fields/generationOptions';
import { speechToolOutput, wantsAudioDownload } from '../../shared/toolResults';
import { speechFields, speechItem, speechRequestInput, speechResultJson } from './common';

/** Builds and checks the simple-generate body before anything is sent. */
export const sendSpeechGenerate: PreSendHook = async function (requestOptions) {
	const body = speechRequestInput(this, requestOptions);
	if (wantsAudioDownload(this, true)) outputPropertyName(this);
	requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), ...body };
	return requestOptions;
};

/** The generation result as JSON, plus the MP3 as binary unless the user turned the download off. */
export const speechGenerateOutput: PostReceiveHook = async function (_items, response) {
	const data = ((response.body as IDataObject).data ?? {}) as IDataObject;
	const json = speechResultJson(data);
	if (!wantsAudioDownload(this, true)) return [{ json }];
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const binary = await downloadAudio(this, data.audio, {
		label: 'Speech audio',
		fileName: (options.fileName as string | undefined)?.trim() || `${String(json.id)}.mp3`,
		hint: `The generation itself succeeded and was charged (ID ${String(json.id)}): fetch the file from that URL instead of generating again.`,
		generationId: json.id,
	});
	return speechItem(this, json, binary);
};

const generateSpec: OperationSpec = {
	name: 'Generate',
	action: 'Generate speech from text',
	description:
		'Speak a text with a voice (spends credits per character). Waits until the audio is ready; returns its URL, ID and the credits used',
	method: 'POST',
	path: API_PATHS.speechGenerate,
	preSend: [sendSpeechGenerate],
	postReceive: [speechGenerateOutput],
	toolOutput: speechToolOutput,
};

const downloadAudioFields: INodeProperties[] = [
	{
		displayName: 'Download Audio',
		name: 'downloadAudio',
		type: 'boolean',
		default: true,
		description:
			'Whether to download the MP3 into a binary field. Off returns only the JSON with the audio URL. As an AI agent tool, audio is never downloaded.',
	},
	outputBinaryField({ displayOptions: { show: { downloadAudio: [true] } } }),
];

const generateFields = speechFields(
	[...SEGMENT_PARAMETERS, 'srt'],
	downloadAudioFields,
	'Name of the output file. Empty uses the generation ID shown in the output, e.g. 3f2b….mp3.',
);

export const generate: VocuOperation = operation({ ...generateSpec, fields: generateFields });
