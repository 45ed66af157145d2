import type { PostReceiveHook } from '../../shared/routing/hooks';
import { sendBinaryAsDataUrl } from '../../shared/binary';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { inputBinaryField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import {
	additionalFieldsCollection,
	hideDeletedStyles,
	requireBodyText,
	STYLE_SAMPLE_RULE,
	sampleDescriptionOption,
	sampleLanguageField,
	stylesOf,
	vocalFilterField,
} from './common';

/** The answer is the whole voice; `addedStyleId` is the new style's ID, for generation. */
export const outputAddedStyle: PostReceiveHook = async function (items) {
	const styleName = String(this.getNodeParameter('styleName', '') ?? '').trim();
	return items.map((item) => {
		const added = stylesOf(item.json)
			.filter((style) => style.id !== 'default' && style.name === styleName)
			.pop();
		return added?.id ? { ...item, json: { ...item.json, addedStyleId: added.id } } : item;
	});
};

export const addStyle: VocuOperation = operation({
	name: 'Add Style',
	action: 'Add style to voice',
	description:
		'Add a speaking style to one of your voices from an audio sample; outputs the voice and addedStyleId',
	method: 'POST',
	path: API_PATHS.voiceStyles,
	preSend: [
		requireBodyText('name', 'Style Name'),
		sendBinaryAsDataUrl('binaryPropertyName', 'prompt', STYLE_SAMPLE_RULE),
	],
	postReceive: [unwrapData, hideDeletedStyles, outputAddedStyle],
	fields: [
		voiceLocator({
			description: 'The voice to add the style to (only voices you created yourself)',
		}),
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
		additionalFieldsCollection([sampleDescriptionOption]),
	],
});
