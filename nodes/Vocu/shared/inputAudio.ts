// Input audio for voice conversion and audio tasks: a binary field (uploaded with POST /api/tts/upload-audio
// after Vocu's limits are checked) or a URL Vocu already issued.
import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { audioDurationSeconds } from './audioDuration';
import { isHttpUrl } from './audio';
import { checkedBinary, type BinaryRule } from './binary';
import { API_PATHS, LIMITS } from './constants';
import { inputBinaryField } from './fields/common';
import { vocuRequest } from './transport/request';
import type { PreSendHook } from './routing/hooks';
import { inputError } from './validation';

export const UPLOAD_AUDIO_RULE: BinaryRule = {
	label: 'Audio file',
	maxBytes: LIMITS.uploadAudioBytes,
	mimeTypes: ['audio/', 'video/mp4', 'video/webm'],
};

const fromBinary = { audioSource: ['binary'] };
const fromUrl = { audioSource: ['url'] };

/** Input Audio (binary field or URL) and the field for each; `what` says what the audio is for. */
export function inputAudioFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Input Audio',
			name: 'audioSource',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Binary Field',
					value: 'binary',
					description: 'A file of the input item, uploaded to Vocu first (up to 100 MB and 300 s)',
				},
				{
					name: 'URL',
					value: 'url',
					description: 'A URL from File → Upload Audio, or a Vocu audio URL',
				},
			],
			default: 'binary',
			description: `Where the ${what} comes from`,
		},
		inputBinaryField(`The ${what} (a common audio format, up to 100 MB and 300 seconds)`, {
			displayOptions: { show: fromBinary },
		}),
		{
			displayName: 'Input Audio URL',
			name: 'inputAudioUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://storage.vocustatic.com/vc-input/….mp3',
			description:
				'The URL File → Upload Audio returns, or a Vocu audio URL. Vocu refuses other hosts (TTS_INPUT_AUDIO_INVALID).',
			displayOptions: { show: fromUrl },
		},
	];
}

/** The input binary as a data URL, after Vocu's size (100 MB) and length (300 s) limits are checked. */
async function checkedAudioDataUrl(
	context: IExecuteSingleFunctions,
	name: string,
): Promise<string> {
	const { mimeType } = await checkedBinary(context, name, UPLOAD_AUDIO_RULE);
	const bytes = await context.helpers.getBinaryDataBuffer(name.trim());
	const seconds = audioDurationSeconds(bytes, mimeType);
	if (seconds !== undefined && seconds > LIMITS.uploadAudioSeconds) {
		const itemIndex = context.getItemIndex();
		throw new NodeOperationError(
			context.getNode(),
			`Audio file: '${name}' plays ${Math.round(seconds)} s, over Vocu's ${LIMITS.uploadAudioSeconds} s limit [item ${itemIndex}]`,
			{ description: 'Cut the recording into parts of at most 300 seconds.', itemIndex },
		);
	}
	return `data:${mimeType};base64,${bytes.toString('base64')}`;
}

/** File → Upload Audio: the checked input binary as `audio` in the JSON body. */
export const sendCheckedAudio: PreSendHook = async function (requestOptions) {
	const name = String(this.getNodeParameter('binaryPropertyName', 'data') ?? '');
	const body = (requestOptions.body ?? {}) as IDataObject;
	requestOptions.body = { ...body, audio: await checkedAudioDataUrl(this, name) };
	return requestOptions;
};

/**
 * The `input_audio` URL for this item: the URL as entered, or the binary uploaded to Vocu (not charged). Checked
 * before anything is sent.
 */
export async function inputAudioUrl(
	context: IExecuteSingleFunctions,
	baseUrl?: string,
): Promise<string> {
	if (context.getNodeParameter('audioSource', 'binary') === 'url') {
		const url = String(context.getNodeParameter('inputAudioUrl', '') ?? '').trim();
		if (!isHttpUrl(url)) {
			throw inputError(
				context.getNode(),
				{ itemIndex: context.getItemIndex() },
				"'Input Audio URL' is not an http(s) URL",
				'Upload the audio with File → Upload Audio and use the URL it returns, or choose Binary Field.',
			);
		}
		return url;
	}
	const name = String(context.getNodeParameter('binaryPropertyName', 'data') ?? '');
	const audio = await checkedAudioDataUrl(context, name);
	const body = await vocuRequest<{ data?: IDataObject }>(context, {
		method: 'POST',
		path: API_PATHS.uploadAudio,
		body: { audio },
		operationKey: 'file.uploadAudio',
		baseUrl,
	});
	const url = body?.data?.url;
	if (!isHttpUrl(url)) {
		throw new NodeOperationError(
			context.getNode(),
			'Vocu accepted the audio but sent no URL for it',
			{
				description: 'Run the node again; nothing was generated or charged.',
				itemIndex: context.getItemIndex(),
			},
		);
	}
	return url;
}
