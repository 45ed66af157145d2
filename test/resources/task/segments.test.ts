import type { INodeParameters } from 'n8n-workflow';

import { runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';

const narrator = '46cc9a76-acd7-4af7-a13a-f8b1408b1848';
const upload = 'https://storage.vocustatic.com/vc-input/a1b2c3.mp3';
const created = { id: '71f2d625-b99c-4654-9d24-337e18b2e3fd', status: 'pending' };

function task(segment: INodeParameters[], options: INodeParameters = {}): INodeParameters {
	return {
		resource: 'task',
		operation: 'create',
		contentMode: 'multiple',
		segments: { segment },
		waitForCompletion: false,
		options,
	};
}

const everyType: INodeParameters[] = [
	{
		segmentType: 'text',
		voiceId: narrator,
		text: 'Once upon a time.',
		generationMode: 'plain',
		generationOptions: {
			infiniteMode: true,
			postProcessing: 'broadcast',
			referenceMode: 'expressive',
			flash: true,
			speechRate: 1.2,
		},
		pauses: { interval: 0.8, intervalHead: 0.2 },
	},
	{
		segmentType: 'audio',
		voiceId: narrator,
		styleId: 'default',
		inputAudioUrl: upload,
		text: 'ignored for conversion',
		conversionOptions: { vcMode: 'prosody', highQuality: true, speechRate: 0.9 },
	},
	{
		segmentType: 'sfx',
		voiceId: narrator,
		text: 'A door creaks open',
		soundEffectOptions: { sfxLength: 3, sfxMode: 'cinematic' },
		pauses: { intervalTail: 1 },
	},
	{
		segmentType: 'music',
		text: 'Calm piano bed',
		musicOptions: { musicDuration: 30, musicInstrumental: true, musicTaskType: 'text2music' },
	},
	{
		segmentType: 'scene',
		text: 'A busy market at dawn',
		sceneOptions: { enableMusic: false, mentions: '["seller"]', seed: 7, language: 'en-us' },
	},
	{ segmentType: 'custom_audio', inputAudioUrl: upload, pauses: { intervalRange: '[0.5, 1.5]' } },
	{ segmentType: 'stem_separation', inputAudioUrl: upload },
];

const expectedContents = [
	{
		type: 'text',
		voiceId: narrator,
		text: 'Once upon a time.',
		promptId: 'default',
		speechRate: 1.2,
		infinite_mode: true,
		post_processing: 'broadcast',
		interval: 0.8,
		interval_head: 0.2,
	},
	{
		type: 'audio',
		voiceId: narrator,
		promptId: 'default',
		input_audio: upload,
		vc_mode: 'prosody',
		high_quality: true,
		speechRate: 0.9,
	},
	{
		type: 'sfx',
		text: 'A door creaks open',
		sfx_length: 3,
		sfx_mode: 'cinematic',
		interval_tail: 1,
	},
	{
		type: 'music',
		text: 'Calm piano bed',
		music_duration: 30,
		music_instrumental: true,
		music_task_type: 'text2music',
	},
	{
		type: 'scene',
		text: 'A busy market at dawn',
		mentions: ['seller'],
		enable_music: false,
		language: 'en-us',
		seed: 7,
	},
	{ type: 'custom_audio', input_audio: upload, interval_range: [0.5, 1.5] },
	{ type: 'stem_separation', input_audio: upload },
];

describe('Task → Create: segments of every content type', () => {
	const vocu = useStubServer();

	// The stub takes only this exact body: keys the input sets outside a type's list (text on an audio segment,
	// a voice on a sound effect) must not be sent.
	it("sends each segment as its type's block, with pauses, and never a key outside the type's list", async () => {
		vocu
			.on('POST', '/api/tts/generate', { body: { contents: expectedContents } })
			.reply(200, envelope(created));
		const { items, error } = await runVocu(task(everyType), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject(created);
	});

	it('names the item and the segments with values only Vocu checks when it answers TTS_CONTENTS_INVALID', async () => {
		vocu.on('POST', '/api/tts/generate').reply(400, {
			status: 400,
			code: 'TTS_CONTENTS_INVALID',
			message: 'Invalid contents array.',
		});
		const { error } = await runVocu(task(everyType.slice(2, 4)), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe('Vocu rejected one of the task segments [item 0]');
		expect(error?.description).toContain(
			'Segments with values only Vocu checks: segment 1 (sfx: sfx_length, sfx_mode, interval_tail); segment 2 (music: music_duration, music_task_type)',
		);
	});

	it('explains TTS_INPUT_AUDIO_INVALID (an audio URL Vocu did not issue)', async () => {
		vocu.on('POST', '/api/tts/generate').reply(400, {
			status: 400,
			code: 'TTS_INPUT_AUDIO_INVALID',
			message: 'Invalid input audio URL.',
		});
		const { error } = await runVocu(
			task([{ segmentType: 'custom_audio', inputAudioUrl: 'https://elsewhere.example/a.mp3' }]),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The input audio is not usable');
		expect(error?.description).toContain('File → Upload Audio');
	});

	it.each([
		[
			'input audio that is not a URL',
			[{ segmentType: 'stem_separation', inputAudioUrl: 'song.mp3' }],
			"'Input Audio URL' is not an http(s) URL [item 0, segment 1]",
		],
		[
			'a sound effect without a description',
			[{ segmentType: 'sfx', text: ' ' }],
			"'Text' is empty [item 0, segment 1]",
		],
		[
			'an unknown conversion mode',
			[
				{
					segmentType: 'audio',
					voiceId: narrator,
					inputAudioUrl: upload,
					conversionOptions: { vcMode: 'robot' },
				},
			],
			'\'Conversion Mode\' "robot" is not supported [item 0, segment 1]',
		],
		[
			'subtitles with a controllable speech segment',
			[
				{ segmentType: 'sfx', text: 'Boom' },
				{ voiceId: narrator, text: 'Hi', generationMode: 'controllable' },
			],
			'Subtitles cannot be combined with controllable generation [item 0, segment 2]',
		],
	])('refuses %s before sending', async (_name, segments, message) => {
		const { error } = await runVocu(task(segments, { srt: true }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe(message);
		expect(vocu.requests).toHaveLength(0);
	});
});
