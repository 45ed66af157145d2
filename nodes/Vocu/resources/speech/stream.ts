import type { IDataObject, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { audioFromBytes, outputPropertyName } from '../../shared/audio';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { speechToolOutput } from '../../shared/toolResults';
import { outputBinaryField } from '../../shared/fields/common';
import { headerValue } from '../../shared/transport/headers';
import { STREAM_PARAMETERS } from '../../shared/fields/generationOptions';
import { asQueryParameters } from '../../shared/generationParameters';
import { speechFields, speechItem, speechRequestInput, speechResultJson } from './common';

/** Sends voice, style, text and options as query parameters of the streaming GET, checked first. */
export const sendSpeechStream: PreSendHook = async function (requestOptions) {
	const input = await speechRequestInput(this, requestOptions);
	outputPropertyName(this);
	requestOptions.qs = { ...(requestOptions.qs ?? {}), ...asQueryParameters(input) };
	return requestOptions;
};

/** `X-Reecho-Response-Data` is a JSON string (id, audio, streamUrl, credit_used, ...); unreadable means absent. */
function responseMetadata(response: IN8nHttpFullResponse): IDataObject {
	const raw = headerValue(response.headers, 'x-reecho-response-data');
	if (!raw) return {};
	try {
		const parsed = JSON.parse(raw) as unknown;
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
			? (parsed as IDataObject)
			: {};
	} catch {
		return {};
	}
}

/**
 * The response body is the MP3 itself. Failures were already turned into errors by callVocu (it reads
 * JSON error bodies even when they arrive as bytes), so a JSON body here is unexpected and not audio either.
 */
export const speechStreamOutput: PostReceiveHook = async function (_items, response) {
	const contentType = headerValue(response.headers, 'content-type');
	const bytes = Buffer.isBuffer(response.body)
		? response.body
		: Buffer.from(response.body as ArrayBuffer);
	if (/json|^text\//i.test(contentType ?? '') || bytes.length === 0) {
		throw new NodeApiError(
			this.getNode(),
			{ contentType: contentType ?? null, bytes: bytes.length } as JsonObject,
			{
				message:
					bytes.length === 0
						? 'Vocu sent an empty audio stream'
						: `Vocu sent ${contentType} instead of audio`,
				description: 'Run the node again; if it keeps happening, use Speech → Generate instead.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	const audioId = headerValue(response.headers, 'x-reecho-audio-id');
	const json = speechResultJson({
		...responseMetadata(response),
		...(audioId ? { id: audioId } : {}),
	});
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const fileName =
		(options.fileName as string | undefined)?.trim() || `${String(json.id ?? 'speech')}.mp3`;
	return await speechItem(this, json, await audioFromBytes(this, bytes, fileName, contentType));
};

export const stream: VocuOperation = operation({
	name: 'Stream',
	action: 'Stream speech from text',
	description:
		'Speak a text with a voice through the streaming endpoint (spends credits per character); the audio arrives directly in the response, with its URL and ID',
	method: 'GET',
	path: API_PATHS.speechStream,
	request: { encoding: 'arraybuffer', headers: { Accept: 'audio/mpeg, application/json' } },
	preSend: [sendSpeechStream],
	postReceive: [speechStreamOutput],
	toolOutput: speechToolOutput,
	fields: speechFields(
		STREAM_PARAMETERS,
		[outputBinaryField()],
		'Name of the output file. Empty uses the audio ID.',
	),
});
