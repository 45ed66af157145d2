import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { isHttpUrl } from '../../shared/audio';
import {
	contentBlock,
	conversionParameters,
	mapOptions,
	MUSIC_OPTIONS,
	PAUSE_OPTIONS,
	SOUND_EFFECT_OPTIONS,
	sceneParameters,
	type ContentType,
} from '../../shared/contentBlocks';
import {
	conversionOptionsField,
	musicOptionsField,
	pauseOptionsField,
	sceneOptionsField,
	soundEffectOptionsField,
} from '../../shared/fields/contentOptions';
import { segmentsCollection, segmentVoiceIdField } from '../../shared/fields/common';
import { generationOptionsField, SEGMENT_PARAMETERS } from '../../shared/fields/generationOptions';
import {
	generationModeField,
	isControllable,
	withGenerationMode,
} from '../../shared/generationMode';
import { generationParameters } from '../../shared/generationParameters';
import { inputError, type InputLocation, requireId, requireText } from '../../shared/validation';

export const SEGMENT_TYPES: Array<{ name: string; value: ContentType; description: string }> = [
	{ name: 'Music', value: 'music', description: 'Music generated from a prompt' },
	{
		name: 'Own Audio Clip',
		value: 'custom_audio',
		description: 'An uploaded audio file, as it is',
	},
	{
		name: 'Scene',
		value: 'scene',
		description: 'Scene audio (ambience, voices) from a description',
	},
	{
		name: 'Sound Effect',
		value: 'sfx',
		description: 'A sound effect generated from a description',
	},
	{ name: 'Speech', value: 'text', description: 'Text spoken by a voice' },
	{
		name: 'Vocal Separation',
		value: 'stem_separation',
		description: 'Vocals and accompaniment of an uploaded song',
	},
	{
		name: 'Voice Conversion',
		value: 'audio',
		description: 'An uploaded recording said again in a voice',
	},
];

const shownFor = (...types: ContentType[]) => ({
	displayOptions: { show: { segmentType: types } },
});

/** An audio URL from File → Upload Audio (or a Vocu audio URL), for segments that take input audio. */
export const inputAudioUrlField: INodeProperties = {
	displayName: 'Input Audio URL',
	name: 'inputAudioUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://storage.vocustatic.com/vc-input/….mp3',
	description:
		'URL of the input audio: the URL File → Upload Audio returns, or a Vocu audio URL. Vocu refuses other hosts (TTS_INPUT_AUDIO_INVALID).',
};

/** The fields of one segment; each type shows its own. */
export function segmentFields(textField: INodeProperties): INodeProperties[] {
	return [
		{
			displayName: 'Type',
			name: 'segmentType',
			type: 'options',
			options: SEGMENT_TYPES,
			default: 'text',
			description: 'What this segment produces',
		},
		{
			...segmentVoiceIdField('ID of the voice for this segment (Voice → Get Many lists them)'),
			...shownFor('text', 'audio'),
		},
		{
			displayName: 'Style ID',
			name: 'styleId',
			type: 'string',
			default: 'default',
			description: 'ID of the voice style to use; "default" is the voice\'s own style',
			...shownFor('text', 'audio'),
		},
		{
			...textField,
			description: `${String(textField.description)} For Sound Effect, Music and Scene: a description of the audio to make.`,
			...shownFor('text', 'sfx', 'music', 'scene'),
		},
		{ ...inputAudioUrlField, ...shownFor('audio', 'custom_audio', 'stem_separation') },
		{ ...generationModeField(), ...shownFor('text') },
		{ ...generationOptionsField(SEGMENT_PARAMETERS), ...shownFor('text') },
		{ ...conversionOptionsField(), ...shownFor('audio') },
		{ ...soundEffectOptionsField(), ...shownFor('sfx') },
		{ ...musicOptionsField(), ...shownFor('music') },
		{ ...sceneOptionsField(), ...shownFor('scene') },
		pauseOptionsField(),
	];
}

export function segmentsField(textField: INodeProperties): INodeProperties {
	return segmentsCollection(
		'The parts of the task in order: speech, voice conversion, sound effects, music, scenes, own clips or vocal separation, each with its own settings and pauses',
		segmentFields(textField),
	);
}

export function requireAudioUrl(
	context: IExecuteSingleFunctions,
	at: InputLocation,
	value: unknown,
): string {
	const url = String(value ?? '').trim();
	if (!isHttpUrl(url)) {
		throw inputError(
			context.getNode(),
			at,
			"'Input Audio URL' is not an http(s) URL",
			'Upload the audio with File → Upload Audio and use the URL it returns.',
		);
	}
	return url;
}

/** A segment as a Vocu content block; a speech block also carries its Generation Mode, resolved later. */
export interface SegmentBlock {
	block: IDataObject;
	mode?: unknown;
}

/**
 * One segment as Vocu's content block of its type, checked without calling Vocu (so a bad segment stops the item
 * before anything is sent). Keys outside the type's list are never sent.
 */
export function segmentBlock(
	context: IExecuteSingleFunctions,
	at: InputLocation,
	segment: IDataObject,
): SegmentBlock {
	const node = context.getNode();
	const type = (String(segment.segmentType ?? '') || 'text') as ContentType;
	const pauses = mapOptions((segment.pauses ?? {}) as IDataObject, PAUSE_OPTIONS);
	const option = (name: string) => (segment[name] ?? {}) as IDataObject;
	const voice = () => ({
		voiceId: requireId(node, at, 'Voice ID', segment.voiceId),
		promptId: String(segment.styleId ?? '').trim() || 'default',
	});
	const text = () => requireText(node, at, segment.text);
	const inputAudio = () => requireAudioUrl(context, at, segment.inputAudioUrl);
	const build = (fields: IDataObject) => contentBlock(type, { ...fields, ...pauses });
	switch (type) {
		case 'text': {
			const { voiceId, promptId } = voice();
			const params = generationParameters(node, at, option('generationOptions'));
			const fields = { voiceId, text: text(), promptId, ...params };
			return { block: build(fields), mode: segment.generationMode ?? 'auto' };
		}
		case 'audio':
			return {
				block: build({
					...voice(),
					input_audio: inputAudio(),
					...conversionParameters(node, at, option('conversionOptions')),
				}),
			};
		case 'sfx':
			return {
				block: build({
					text: text(),
					...mapOptions(option('soundEffectOptions'), SOUND_EFFECT_OPTIONS),
				}),
			};
		case 'music':
			return {
				block: build({ text: text(), ...mapOptions(option('musicOptions'), MUSIC_OPTIONS) }),
			};
		case 'scene':
			return {
				block: build({ text: text(), ...sceneParameters(node, at, option('sceneOptions')) }),
			};
		case 'custom_audio':
		case 'stem_separation':
			return { block: build({ input_audio: inputAudio() }) };
		default:
			throw inputError(
				node,
				at,
				`'Type' ${JSON.stringify(type)} is not a segment type`,
				`Use one of: ${SEGMENT_TYPES.map((option) => option.name).join(', ')}.`,
			);
	}
}

/**
 * A speech block on the path its Generation Mode picks (Auto reads the voice once per execution): controllable
 * adds `instruct_mode`, plain drops Reference Emphasis. Other blocks are returned as they are.
 */
export async function onGenerationPath(
	context: IExecuteSingleFunctions,
	at: InputLocation,
	built: SegmentBlock,
	baseUrl?: string,
): Promise<{ block: IDataObject; controllable: boolean }> {
	if (built.mode === undefined) return { block: built.block, controllable: false };
	const voiceId = String(built.block.voiceId);
	const controllable = await isControllable(context, built.mode, voiceId, baseUrl);
	const params = withGenerationMode(context.getNode(), at, built.block, controllable);
	return { block: contentBlock('text', params), controllable };
}
