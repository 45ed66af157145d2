import { binaryInput, binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import { wavFile } from '../../harness/audioFiles';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const uploaded = 'https://storage.vocustatic.com/vc-input/8ca08a3e/5d25c563.mp3';
const recording = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(600, 5)]);
const converted = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(900, 9)]);

function params(overrides: Record<string, unknown> = {}) {
	return {
		resource: 'speech',
		operation: 'convertVoice',
		voiceId: { __rl: true, mode: 'id', value: voiceId },
		styleId: 'default',
		...overrides,
	};
}

describe('Speech → Convert Voice', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('uploads a binary recording, converts it with the options and returns the MP3 as binary', async () => {
		vocu
			.on('POST', '/api/tts/upload-audio', {
				body: { audio: `data:audio/mpeg;base64,${recording.toString('base64')}` },
			})
			.reply(200, envelope({ url: uploaded }));
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: {
					voiceId,
					promptId: 'default',
					input_audio: uploaded,
					vc_mode: 'standard',
					high_quality: true,
					speechRate: 1.1,
				},
			})
			.reply(
				200,
				envelope({ id: 'vc-1', audio: `${storage.url}/generate/vc-1.mp3`, credit_used: 30 }),
			);
		storage
			.on('GET', '/generate/vc-1.mp3')
			.replyWith({ status: 200, body: converted, headers: { 'content-type': 'audio/mpeg' } });

		const { items, error } = await runVocu(
			params({ conversionOptions: { vcMode: 'standard', highQuality: true, speechRate: 1.1 } }),
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{ json: {}, binary: { data: await binaryInput(recording, 'audio/mpeg', 'me.mp3') } },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'vc-1', creditUsed: 30 });
		expect(items[0].binary!.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: 'vc-1.mp3' });
		expect(await binaryOutput(items[0].binary!.data)).toEqual(converted);
		expect(JSON.stringify(storage.requests[0].headers)).not.toContain(TEST_API_KEY);
	});

	it('converts an uploaded audio URL without uploading again', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId, promptId: 'default', input_audio: uploaded },
			})
			.reply(200, envelope({ id: 'vc-2', audio: `${storage.url}/x.mp3`, credit_used: 3 }));
		const { items, error } = await runVocu(
			params({ audioSource: 'url', inputAudioUrl: ` ${uploaded} `, downloadAudio: false }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'vc-2', audioUrl: `${storage.url}/x.mp3` });
		expect(vocu.requests).toHaveLength(1);
	});

	it("refuses a recording longer than Vocu's 300 seconds before sending anything", async () => {
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [
				{ json: {}, binary: { data: await binaryInput(wavFile(301), 'audio/wav', 'long.wav') } },
			],
		});
		expect(error?.message).toBe("Audio file: 'data' plays 301 s, over Vocu's 300 s limit [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});

	it('explains TTS_INPUT_AUDIO_INVALID for a URL Vocu did not issue', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(400, {
			status: 400,
			code: 'TTS_INPUT_AUDIO_INVALID',
			message: 'Invalid input audio URL.',
		});
		const { error } = await runVocu(
			params({ audioSource: 'url', inputAudioUrl: 'https://elsewhere.example/a.mp3' }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The input audio is not usable');
	});

	it('refuses a URL that is not http(s) and an unknown mode before sending', async () => {
		const credentials = vocuCredentials(vocu.url);
		const bad = await runVocu(params({ audioSource: 'url', inputAudioUrl: 'me.mp3' }), {
			credentials,
		});
		expect(bad.error?.message).toBe("'Input Audio URL' is not an http(s) URL [item 0]");
		const mode = await runVocu(
			params({ audioSource: 'url', inputAudioUrl: uploaded, conversionOptions: { vcMode: 'x' } }),
			{ credentials },
		);
		expect(mode.error?.message).toBe('\'Conversion Mode\' "x" is not supported [item 0]');
		expect(vocu.requests).toHaveLength(0);
	});
});
