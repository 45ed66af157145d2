import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { expectTask, mp3, serves, taskId } from './helpers';

describe('Audio → Generate Sound Effect', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('submits an sfx block with only sfx keys, waits, and returns the sound as binary', async () => {
		expectTask(
			vocu,
			{
				contents: [
					{ type: 'sfx', text: 'A door creaks open', sfx_length: 4, sfx_mode: 'realistic' },
				],
			},
			[{ type: 'sfx', text: 'A door creaks open', audio: `${storage.url}/generate/sfx.mp3` }],
		);
		serves(storage, '/generate/sfx.mp3', mp3(1));
		const { items, error } = await runVocu(
			{
				resource: 'audio',
				operation: 'generateSoundEffect',
				text: 'A door creaks open',
				soundEffectOptions: { sfxLength: 4, sfxMode: 'realistic' },
				pollInterval: 1,
				options: { fileName: 'door.mp3' },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: taskId, status: 'generated' });
		expect(Object.keys(items[0].binary!)).toEqual(['data']);
		expect(items[0].binary!.data.fileName).toBe('door.mp3');
		expect(await binaryOutput(items[0].binary!.data)).toEqual(mp3(1));
	});

	it('refuses an empty description before sending', async () => {
		const { error } = await runVocu(
			{ resource: 'audio', operation: 'generateSoundEffect', text: ' ' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe("'Text' is empty [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
