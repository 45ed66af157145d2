import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { binaryAsDataUrl, sendBinaryAsDataUrl } from '../../shared/binary';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField, optionsCollection, textField } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import {
	additionalFieldsCollection,
	AVATAR_RULE,
	hideDeletedStyles,
	requireBodyText,
	VOICE_SAMPLE_RULE,
	sampleDescriptionOption,
	sampleLanguageField,
	vocalFilterField,
	waitUntilVoiceReady,
	type ReadinessWait,
} from './common';

/** Adds the optional avatar (Additional Fields → Avatar Binary Field) as an image data URL. */
export const sendOptionalAvatar: PreSendHook = async function (requestOptions) {
	const propertyName = String(
		this.getNodeParameter('additionalFields.avatarBinaryPropertyName', '') ?? '',
	).trim();
	if (!propertyName) return requestOptions;
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.avatar = await binaryAsDataUrl(this, propertyName, AVATAR_RULE);
	requestOptions.body = body;
	return requestOptions;
};

/**
 * A training archive upload ID (`lora`) makes a professional clone. Vocu refuses it for v4.0 voices and needs a
 * concrete sample language, so both are checked here rather than spending a request.
 */
export const sendTrainingArchive: PreSendHook = async function (requestOptions) {
	const lora = String(this.getNodeParameter('additionalFields.lora', '') ?? '').trim();
	if (!lora) return requestOptions;
	const body = (requestOptions.body ?? {}) as IDataObject;
	const itemIndex = this.getItemIndex();
	if (body.modelVersion === 'v4.0') {
		throw new NodeOperationError(
			this.getNode(),
			`Professional cloning is not available for v4.0 voices [item ${itemIndex}]`,
			{
				description:
					"Set 'Model Version' to v3.0, or remove 'Training Archive Upload ID' for an instant clone.",
				itemIndex,
			},
		);
	}
	if (!body.language || body.language === 'auto') {
		throw new NodeOperationError(
			this.getNode(),
			`Professional cloning needs the sample language [item ${itemIndex}]`,
			{
				description:
					"Set 'Language' to the language spoken in the training samples; Auto-Detect is not accepted.",
				itemIndex,
			},
		);
	}
	body.lora = lora;
	requestOptions.body = body;
	return requestOptions;
};

interface WaitOptions {
	waitUntilReady?: boolean;
	pollInterval?: number;
	maxWait?: number;
}

const DEFAULT_POLL_INTERVAL_SECONDS = 5;
const DEFAULT_MAX_WAIT_SECONDS = 300;

const FAILURE_ADVICE: Record<string, string> = {
	failed:
		'Vocu could not clone the voice from the sample. Delete it and create it again with a clearer sample of at least 3 seconds of speech.',
	'lora-failed':
		'Professional-clone training failed. Check the training archive, then delete the voice and create it again, or contact Vocu support.',
	'lora-need-reupload':
		'Vocu needs the training samples again. Upload a new archive (File → Upload Training Archive) and create the voice with its upload ID.',
};

/**
 * Options → Wait Until Ready: waits for the new voice to become usable. A failed voice is an error naming the
 * voice ID; a voice still in progress at the deadline is output with `ready: false`.
 */
export const waitForVoiceIfAsked: PostReceiveHook = async function (items, response) {
	const options = this.getNodeParameter('options', {}) as WaitOptions;
	if (!options.waitUntilReady) return items;
	const wait: ReadinessWait = {
		pollIntervalMs: Math.max(1, options.pollInterval ?? DEFAULT_POLL_INTERVAL_SECONDS) * 1000,
		maxWaitMs: Math.max(0, options.maxWait ?? DEFAULT_MAX_WAIT_SECONDS) * 1000,
	};
	const envelope = (response.body ?? {}) as IDataObject;
	const output: INodeExecutionData[] = [];
	for (const item of items) {
		const { voice, state } = await waitUntilVoiceReady(this, item.json, wait, envelope);
		if (state === 'failed') {
			const itemIndex = this.getItemIndex();
			const status = String(voice.status);
			throw new NodeOperationError(
				this.getNode(),
				`Voice '${String(voice.name ?? '')}' could not be created: status ${status} [item ${itemIndex}]`,
				{
					description: `${FAILURE_ADVICE[status] ?? FAILURE_ADVICE.failed} Voice ID: ${String(voice.id)}.`,
					itemIndex,
				},
			);
		}
		output.push({ ...item, json: { ...voice, ready: state === 'ready' } });
	}
	return output;
};

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create voice',
	description: 'Clone a new voice from an audio sample',
	method: 'POST',
	path: API_PATHS.voices,
	preSend: [
		requireBodyText('name', 'Name'),
		sendTrainingArchive,
		sendBinaryAsDataUrl('binaryPropertyName', 'prompt', VOICE_SAMPLE_RULE),
		sendOptionalAvatar,
	],
	postReceive: [unwrapData, waitForVoiceIfAsked, hideDeletedStyles],
	fields: [
		textField('Name', 'name', 'Name of the new voice', {
			required: true,
			placeholder: 'e.g. Narrator',
			routing: { send: { type: 'body', property: 'name' } },
		}),
		inputBinaryField(
			'Name of the input binary field holding the voice sample: at least 3 seconds of clear speech, as audio (MP3, WAV, M4A…) or MP4 video, up to 100 MB',
		),
		sampleLanguageField,
		{
			displayName: 'Model Version',
			name: 'modelVersion',
			type: 'options',
			options: [
				{
					name: 'Version 3.0',
					value: 'v3.0',
					description: 'The standard model for text-to-speech',
				},
				{
					name: 'Version 4.0 (Preview)',
					value: 'v4.0',
					description: 'Instruct/emotion-controlled generation only; no professional cloning',
				},
			],
			default: 'v3.0',
			description: 'Vocu model the voice is made for',
			routing: { send: { type: 'body', property: 'modelVersion' } },
		},
		vocalFilterField,
		additionalFieldsCollection([
			{
				displayName: 'Avatar Binary Field',
				name: 'avatarBinaryPropertyName',
				type: 'string',
				default: '',
				placeholder: 'e.g. avatar',
				description:
					'Name of the input binary field holding an avatar image (PNG, JPEG or WebP, up to 10 MB)',
			},
			sampleDescriptionOption,
			{
				displayName: 'Training Archive Upload ID',
				name: 'lora',
				type: 'string',
				default: '',
				placeholder: 'e.g. 263cd424-d57e-4e9a-9cc0-9a1f07cc97bb',
				description:
					'The uploadId output by File → Upload Training Archive (a ZIP of samples). Makes a professional clone, which uses professional-cloning quota and needs a concrete Language.',
			},
		]),
		optionsCollection([
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWait',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_WAIT_SECONDS,
				description:
					'How long to wait for the voice with Wait Until Ready. After that the voice is output as it is, with ready: false.',
			},
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollInterval',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_POLL_INTERVAL_SECONDS,
				description: 'How often to check the voice status with Wait Until Ready',
			},
			{
				displayName: 'Wait Until Ready',
				name: 'waitUntilReady',
				type: 'boolean',
				default: true,
				description:
					'Whether to wait until the voice can be used for speech before outputting it (adds ready: true or false). A voice that fails is an error. Professional clones can take long and may need voiceprint verification in the Vocu app.',
			},
		]),
	],
});
