import type { IDataObject } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { outputPropertyName } from '../../shared/audio';
import { conversionParameters } from '../../shared/contentBlocks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { optionsCollection, outputFileNameOption, styleField } from '../../shared/fields/common';
import { conversionOptionsField } from '../../shared/fields/contentOptions';
import { voiceLocator } from '../../shared/fields/locators';
import { inputAudioFields, inputAudioUrl } from '../../shared/inputAudio';
import { speechToolOutput, wantsAudioDownload } from '../../shared/toolResults';
import { requireId } from '../../shared/validation';
import { applySyncTimeout, maxConcurrentOption } from './common';
import { downloadAudioFields, speechGenerateOutput } from './generate';

/**
 * Builds the voice conversion body (`input_audio` switches simple-generate to conversion; text and TTS options are
 * not sent). Binary input is checked and uploaded first; the upload is free, the conversion is charged.
 */
export const sendConvertVoice: PreSendHook = async function (requestOptions) {
	applySyncTimeout(this, requestOptions);
	const node = this.getNode();
	const at = { itemIndex: this.getItemIndex() };
	const voiceId = requireId(
		node,
		at,
		'Voice',
		this.getNodeParameter('voiceId', '', { extractValue: true }),
	);
	const promptId = String(this.getNodeParameter('styleId', 'default') ?? '').trim() || 'default';
	const options = this.getNodeParameter('conversionOptions', {}) as IDataObject;
	const params = conversionParameters(node, at, options);
	if (wantsAudioDownload(this, true)) outputPropertyName(this);
	const baseUrl = typeof requestOptions.baseURL === 'string' ? requestOptions.baseURL : undefined;
	const input = await inputAudioUrl(this, baseUrl);
	requestOptions.body = { voiceId, promptId, input_audio: input, ...params };
	return requestOptions;
};

export const convertVoice: VocuOperation = operation({
	name: 'Convert Voice',
	action: 'Convert recording into voice',
	description:
		'Voice changer: say an audio recording again in one of your voices (speech to speech; spends credits by input length). Takes a binary file (uploaded first) or an uploaded audio URL; returns the converted MP3',
	method: 'POST',
	path: API_PATHS.speechGenerate,
	preSend: [sendConvertVoice],
	postReceive: [speechGenerateOutput],
	toolOutput: speechToolOutput,
	fields: [
		voiceLocator({
			description: 'The voice to convert the recording into (Voice → Get Many lists them)',
		}),
		styleField(),
		...inputAudioFields('recording to convert'),
		conversionOptionsField(),
		...downloadAudioFields,
		optionsCollection([
			outputFileNameOption('Name of the output file. Empty uses the name Vocu gives the audio.'),
			maxConcurrentOption,
		]),
	],
});
