import { runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';

describe('Audio → Generate Scene', () => {
	const vocu = useStubServer();

	it('submits a scene block (language, mentions, music, seed, reference emphasis) and returns the task without waiting', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					contents: [
						{
							type: 'scene',
							text: 'A busy market at dawn',
							mentions: ['fishmonger', 'baker'],
							enable_music: true,
							language: 'en-us',
							seed: 11,
							reference_mode: 'balanced',
						},
					],
				},
			})
			.reply(200, envelope({ id: 'scene-1', status: 'pending' }));
		const { items, error } = await runVocu(
			{
				resource: 'audio',
				operation: 'generateScene',
				text: 'A busy market at dawn',
				sceneOptions: {
					mentions: '["fishmonger", "baker"]',
					enableMusic: true,
					language: 'en-us',
					seed: 11,
					referenceMode: 'balanced',
				},
				waitForCompletion: false,
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 'scene-1', status: 'pending' });
	});
});
