import type { INodeParameters } from 'n8n-workflow';

import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import createTask from '../../fixtures/api/task.create.json';

const voice = '46cc9a76-acd7-4af7-a13a-f8b1408b1848';
const article = 'First sentence here. Second one follows! 第三句。Fourth and last?';
const params = (options: INodeParameters) => ({
	resource: 'task',
	operation: 'create',
	voiceId: { __rl: true, mode: 'id', value: voice },
	styleId: 'default',
	text: article,
	generationOptions: { speechRate: 1.1 },
	waitForCompletion: false,
	options,
});

describe('Task → Create with Split Long Text', () => {
	const vocu = useStubServer();

	it('sends one task whose segments are the sentences packed up to the limit, each with the same voice and options', async () => {
		const segment = (text: string) => ({
			type: 'text',
			voiceId: voice,
			text,
			promptId: 'default',
			speechRate: 1.1,
			instruct_mode: true,
		});
		// Generation Mode Auto: a v4.0 voice, read once, puts every part on the controllable path.
		vocu
			.on('GET', `/api/voice/${voice}`)
			.reply(200, { status: 200, message: 'OK', data: { id: voice, version: 'v4.0' } });
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					contents: [
						segment('First sentence here.'),
						segment('Second one follows! 第三句。'),
						segment('Fourth and last?'),
					],
				},
			})
			.reply(200, createTask.response.body);
		const { items, error } = await runVocu(params({ splitLongText: true, maxSegmentChars: 25 }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
	});

	it('keeps the text in one segment when the option is off', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					contents: [
						{ type: 'text', voiceId: voice, text: article, promptId: 'default', speechRate: 1.1 },
					],
				},
			})
			.reply(200, createTask.response.body);
		const { error } = await runVocu(
			{ ...params({ maxSegmentChars: 25 }), generationMode: 'plain' },
			{
				credentials: vocuCredentials(vocu.url),
			},
		);
		expect(error).toBeUndefined();
	});
});
