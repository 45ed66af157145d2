import { sendBinaryAsDataUrl } from '../../shared/binary';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField, operation, voiceLocator } from '../../shared/fields';
import { unwrapData } from '../../shared/postReceive';
import { hideDeletedStyles, outputAddedStyle, requireBodyText, STYLE_SAMPLE_RULE } from '../../shared/voiceHooks';
import { sampleDescriptionOption, sampleLanguageField, vocalFilterField, type VoiceOperation } from './common';

export const addStyle: VoiceOperation = {
	option: operation({
		name: 'Add Style',
		value: 'addStyle',
		action: 'Add a style to a voice',
		description: 'Add a speaking style to one of your voices from an audio sample; outputs the voice and addedStyleId',
		method: 'POST',
		path: API_PATHS.voiceStyles,
		preSend: [
			requireBodyText('name', 'Style Name'),
			sendBinaryAsDataUrl('binaryPropertyName', 'prompt', STYLE_SAMPLE_RULE),
		],
		postReceive: [unwrapData, hideDeletedStyles, outputAddedStyle],
	}),
	fields: [
		voiceLocator({ description: 'The voice to add the style to (only voices you created yourself)' }),
		{
			displayName: 'Style Name',
			name: 'styleName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Happy',
			description: 'Name of the new style',
			routing: { send: { type: 'body', property: 'name' } },
		},
		inputBinaryField(
			'Name of the input binary field holding the style sample: at least 3 seconds of speech in that style, as audio or MP4 video, up to 20 MB',
		),
		sampleLanguageField,
		vocalFilterField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [sampleDescriptionOption],
		},
	],
};
