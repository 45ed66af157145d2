import { sendBinaryAsDataUrl } from '../../shared/binary';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import {
	hideDeletedStyles,
	requireBodyText,
	sendOptionalAvatar,
	sendTrainingArchive,
	VOICE_SAMPLE_RULE,
} from './hooks';
import {
	DEFAULT_MAX_WAIT_SECONDS,
	DEFAULT_POLL_INTERVAL_SECONDS,
	waitForVoiceIfAsked,
} from './readiness';
import { sampleDescriptionOption, sampleLanguageField, vocalFilterField } from './common';

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create a voice',
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
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Narrator',
			description: 'Name of the new voice',
			routing: { send: { type: 'body', property: 'name' } },
		},
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
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Avatar Binary Field',
					name: 'avatarBinaryPropertyName',
					type: 'string',
					default: '',
					placeholder: 'e.g. avatar',
					description: 'Name of the input binary field holding an avatar image (PNG, JPEG or WebP, up to 10 MB)',
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
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
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
			],
		},
	],
});
