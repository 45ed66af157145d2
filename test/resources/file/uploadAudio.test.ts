import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';

describe('File → Upload Audio', () => {
	const vocu = useStubServer();

	const params = { resource: 'file', operation: 'uploadAudio', binaryPropertyName: 'data' };
	const url =
		'https://storage.vocustatic.com/vc-input/8ca08a3e-6ea4-4f6f-aa1a-73de8c388035/5d25c563.mp3';

	it('posts the audio as a data URL and outputs its URL', async () => {
		const audio = Buffer.from('ID3 fake mp3 bytes');
		vocu
			.on('POST', '/api/tts/upload-audio', {
				body: { audio: `data:audio/mpeg;base64,${audio.toString('base64')}` },
				check: (request) => expect(request.headers['content-type']).toMatch(/^application\/json/),
			})
			.reply(200, { status: 200, message: 'OK', data: { url } });
		const { items, error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [{ json: {}, binary: { data: await binaryInput(audio, 'audio/mpeg', 'line.mp3') } }],
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { url }, pairedItem: { item: 0 } }]);
	});

	it('refuses a file that is not audio before sending', async () => {
		const { error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [
				{ json: {}, binary: { data: await binaryInput(Buffer.from('x'), 'image/png', 'a.png') } },
			],
		});
		expect(error?.message).toBe("Audio file: 'data' is image/png [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});

	it('explains UPLOAD_AUDIO_INVALID', async () => {
		vocu
			.on('POST', '/api/tts/upload-audio')
			.reply(400, { status: 400, code: 'UPLOAD_AUDIO_INVALID', message: 'bad audio' });
		const { error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [
				{ json: {}, binary: { data: await binaryInput(Buffer.from('x'), 'audio/wav', 'a.wav') } },
			],
		});
		expect(error?.message).toBe('Vocu could not read the uploaded audio');
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});
});
