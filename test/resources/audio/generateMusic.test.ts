import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { expectTask, mp3, serves } from './helpers';

describe('Audio → Generate Music', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('submits a music block with the options as entered and returns the clip as binary', async () => {
		const lyrics = '[Verse]\nLa la la';
		expectTask(
			vocu,
			{
				contents: [
					{
						type: 'music',
						text: 'Calm piano bed',
						music_duration: 30,
						music_instrumental: false,
						music_lyrics: lyrics,
						music_cover_strength: 0.4,
					},
				],
			},
			[{ type: 'music', text: 'Calm piano bed', audio: `${storage.url}/generate/bed.mp3` }],
			`${storage.url}/generate/bed.mp3`,
		);
		serves(storage, '/generate/bed.mp3', mp3(2));
		const { items, error } = await runVocu(
			{
				resource: 'audio',
				operation: 'generateMusic',
				text: 'Calm piano bed',
				musicOptions: {
					musicDuration: 30,
					musicInstrumental: false,
					musicLyrics: lyrics,
					musicCoverStrength: 0.4,
				},
				pollInterval: 1,
				binaryPropertyOutput: 'music',
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(Object.keys(items[0].binary!)).toEqual(['music']);
		expect(await binaryOutput(items[0].binary!.music)).toEqual(mp3(2));
	});
});
