// The option collections of the non-speech content types (Audio resource, Task → Create segments). Keys Vocu names
// without documenting their values are sent as entered; the README lists them.
import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from './common';
import { generationOptionField } from './generationOptions';
import { GENERATION_LANGUAGES } from './languages';

const AS_ENTERED = 'Vocu does not document its values: sent as entered, checked by Vocu.';

function numberOption(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'number', default: 0, description };
}

function textOption(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', description };
}

/** Pauses around a task segment (`interval`, `interval_head`, `interval_tail`, `interval_range`). */
export function pauseOptionsField(): INodeProperties {
	return optionsCollection(
		[
			numberOption('Pause After', 'interval', `Pause after this segment (interval). ${AS_ENTERED}`),
			numberOption(
				'Pause at End',
				'intervalTail',
				`Silence at the end (interval_tail). ${AS_ENTERED}`,
			),
			numberOption(
				'Pause at Start',
				'intervalHead',
				`Silence at the start (interval_head). ${AS_ENTERED}`,
			),
			textOption(
				'Pause Range',
				'intervalRange',
				`Range for a random pause (interval_range); JSON such as [0.5, 1.5] is sent as JSON. ${AS_ENTERED}`,
			),
		],
		{ displayName: 'Pauses', name: 'pauses', placeholder: 'Add Pause' },
	);
}

/** Sound effect options (`sfx_length`, `sfx_mode`, `sfx_image`). */
export function soundEffectOptionsField(): INodeProperties {
	return optionsCollection(
		[
			textOption(
				'Image URL',
				'sfxImage',
				`An image the sound should fit (sfx_image). ${AS_ENTERED}`,
			),
			numberOption('Length', 'sfxLength', `Length of the sound effect (sfx_length). ${AS_ENTERED}`),
			textOption('Mode', 'sfxMode', `Sound effect mode (sfx_mode). ${AS_ENTERED}`),
		],
		{ displayName: 'Sound Effect Options', name: 'soundEffectOptions' },
	);
}

/** Music options (`music_*`). */
export function musicOptionsField(): INodeProperties {
	return optionsCollection(
		[
			numberOption(
				'Cover Strength',
				'musicCoverStrength',
				`How strongly a cover follows the source (music_cover_strength). ${AS_ENTERED}`,
			),
			numberOption(
				'Duration',
				'musicDuration',
				`Length of the music (music_duration). ${AS_ENTERED}`,
			),
			{
				displayName: 'Instrumental',
				name: 'musicInstrumental',
				type: 'boolean',
				default: true,
				description: 'Whether the music has no vocals (music_instrumental)',
			},
			{
				...textOption('Lyrics', 'musicLyrics', 'Lyrics to sing (music_lyrics)'),
				typeOptions: { rows: 4 },
			},
			textOption(
				'Reference Audio URL',
				'musicReferenceAudio',
				`Audio whose style to follow (music_reference_audio), e.g. from File → Upload Audio. ${AS_ENTERED}`,
			),
			textOption(
				'Reference Voice',
				'musicReferenceVoice',
				`Voice to sing with (music_reference_voice). ${AS_ENTERED}`,
			),
			textOption(
				'Source Audio URL',
				'musicSrcAudio',
				`Audio to cover or edit (music_src_audio). ${AS_ENTERED}`,
			),
			textOption(
				'Task Type',
				'musicTaskType',
				`Kind of music task (music_task_type). ${AS_ENTERED}`,
			),
		],
		{ displayName: 'Music Options', name: 'musicOptions' },
	);
}

/** Scene options (`language`, `mentions`, `enable_music`, `seed`, `reference_mode`). */
export function sceneOptionsField(): INodeProperties {
	return optionsCollection(
		[
			{
				displayName: 'Background Music',
				name: 'enableMusic',
				type: 'boolean',
				default: false,
				description: 'Whether the scene gets background music (enable_music)',
			},
			{ ...generationOptionField('language'), options: GENERATION_LANGUAGES },
			textOption(
				'Mentions',
				'mentions',
				`Voices or items the scene mentions (mentions); JSON such as ["<voice ID>"] is sent as JSON. ${AS_ENTERED}`,
			),
			generationOptionField('referenceMode'),
			generationOptionField('seed'),
		],
		{ displayName: 'Scene Options', name: 'sceneOptions' },
	);
}

/** Voice conversion options (`vc_mode`, `high_quality`, `speechRate`). */
export function conversionOptionsField(): INodeProperties {
	return optionsCollection(
		[
			{
				displayName: 'Conversion Mode',
				name: 'vcMode',
				type: 'options',
				options: [
					{ name: 'Cover (Singing)', value: 'cover' },
					{
						name: 'Keep Source Prosody',
						value: 'prosody',
						description: 'Keeps the rhythm and intonation of the recording',
					},
					{
						name: 'Similarity',
						value: 'similarity',
						description: 'Currently the same as Standard, says Vocu',
					},
					{ name: 'Standard', value: 'standard' },
				],
				default: 'standard',
				description: "Vocu's voice conversion mode (vc_mode)",
			},
			generationOptionField('speechRate'),
			{
				displayName: 'High Quality',
				name: 'highQuality',
				type: 'boolean',
				default: false,
				description:
					"Whether to add Vocu's polish pass (high_quality; Standard and Similarity only)",
			},
		],
		{ displayName: 'Conversion Options', name: 'conversionOptions' },
	);
}
