import { binaryInput, binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';
import { expectTask, mp3, serves } from './helpers';

const uploaded = 'https://storage.vocustatic.com/vc-input/song-1.mp3';

describe('Audio → Separate Vocals', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('uploads the song, submits a stem_separation block and returns vocals and accompaniment as binary', async () => {
		const song = mp3(3);
		vocu
			.on('POST', '/api/tts/upload-audio', {
				body: { audio: `data:audio/mpeg;base64,${song.toString('base64')}` },
			})
			.reply(200, envelope({ url: uploaded }));
		expectTask(vocu, { contents: [{ type: 'stem_separation', input_audio: uploaded }] }, [
			{
				type: 'stem_separation',
				input_audio: uploaded,
				audio: `${storage.url}/generate/vocals.mp3`,
				stems: {
					vocals: `${storage.url}/generate/vocals.mp3`,
					accompaniment: `${storage.url}/generate/accompaniment.mp3`,
				},
			},
		]);
		serves(storage, '/generate/vocals.mp3', mp3(4));
		serves(storage, '/generate/accompaniment.mp3', mp3(5));
		const { items, error } = await runVocu(
			{ resource: 'audio', operation: 'separateVocals', pollInterval: 1 },
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: {}, binary: { data: await binaryInput(song, 'audio/mpeg', 'song.mp3') } }],
			},
		);
		expect(error).toBeUndefined();
		const binary = items[0].binary!;
		expect(Object.keys(binary).sort()).toEqual(['data_accompaniment', 'data_vocals']);
		expect(await binaryOutput(binary.data_vocals)).toEqual(mp3(4));
		expect(await binaryOutput(binary.data_accompaniment)).toEqual(mp3(5));
		// The input is never downloaded back.
		expect(storage.requests.map((request) => request.path).sort()).toEqual([
			'/generate/accompaniment.mp3',
			'/generate/vocals.mp3',
		]);
	});

	it('takes an uploaded URL without uploading again', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: { contents: [{ type: 'stem_separation', input_audio: uploaded }] },
			})
			.reply(200, envelope({ id: 'sep-2', status: 'pending' }));
		const { error } = await runVocu(
			{
				resource: 'audio',
				operation: 'separateVocals',
				audioSource: 'url',
				inputAudioUrl: uploaded,
				waitForCompletion: false,
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests).toHaveLength(1);
	});
});
