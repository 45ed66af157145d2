import { useStubServer } from '../harness/stubServer';
import { callVocuTool } from './agentHarness';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const uploaded = 'https://storage.vocustatic.com/vc-input/a1/b2.mp3';
const fromAI = (name: string, description: string) =>
	`={{ $fromAI('${name}', '${description}', 'string') }}`;

describe('Voice conversion and sound effects as AI agent tools', () => {
	const vocu = useStubServer();

	it('Speech → Convert Voice answers with the audio URL, ID and credits, under 1 KB, without a download', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId, promptId: 'default', input_audio: uploaded },
			})
			.reply(200, {
				status: 200,
				message: 'OK',
				data: { id: 'vc-9', audio: 'https://storage.vocu.ai/generate/vc-9.mp3', credit_used: 7 },
			});
		const call = await callVocuTool(
			{
				resource: 'speech',
				operation: 'convertVoice',
				voiceId: { __rl: true, mode: 'id', value: fromAI('voiceId', 'Voice UUID') },
				audioSource: 'url',
				inputAudioUrl: fromAI('audioUrl', 'URL from File → Upload Audio'),
			},
			{ voiceId, audioUrl: uploaded },
			vocu.url,
		);
		if (call.failed) throw new Error(call.observation);
		expect(JSON.parse(call.observation)).toEqual([
			{ id: 'vc-9', audioUrl: 'https://storage.vocu.ai/generate/vc-9.mp3', creditUsed: 7 },
		]);
		expect(call.observation.length).toBeLessThanOrEqual(1024);
		expect(vocu.requests).toHaveLength(1);
	});

	it('Audio → Generate Sound Effect answers with the task and its audio URL once generated, without a download', async () => {
		const task = '0d9b8f3e-1c2a-4b5d-9e8f-7a6b5c4d3e2f';
		vocu
			.on('POST', '/api/tts/generate', { body: { contents: [{ type: 'sfx', text: 'Thunder' }] } })
			.reply(200, { status: 200, message: 'OK', data: { id: task, status: 'pending' } });
		vocu.on('GET', `/api/tts/generate/${task}`).reply(200, {
			status: 200,
			message: 'OK',
			data: {
				id: task,
				status: 'generated',
				metadata: {
					contents: [
						{ type: 'sfx', text: 'Thunder', audio: 'https://storage.vocu.ai/generate/sfx.mp3' },
					],
					characters: 7,
				},
			},
		});
		const call = await callVocuTool(
			{
				resource: 'audio',
				operation: 'generateSoundEffect',
				text: fromAI('description', 'The sound to make'),
				pollInterval: 1,
			},
			{ description: 'Thunder' },
			vocu.url,
		);
		if (call.failed) throw new Error(call.observation);
		expect(JSON.parse(call.observation)).toEqual([
			expect.objectContaining({
				id: task,
				status: 'generated',
				audioUrl: 'https://storage.vocu.ai/generate/sfx.mp3',
			}),
		]);
		expect(call.observation.length).toBeLessThanOrEqual(1024);
		expect(call.toolDescription).toMatch(
			/^Generate sound effect in Vocu \(Audio → Generate Sound Effect\)/,
		);
	});
});
