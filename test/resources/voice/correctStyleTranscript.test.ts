import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.correctStyleTranscript.json';

const voiceId = fixture.request.pathParams.id;
const path = `/api/voice/${voiceId}/prompt/default/stt`;
const params = (transcript: string) => ({
	resource: 'voice',
	operation: 'correctStyleTranscript',
	voiceId: { __rl: true, mode: 'id', value: voiceId },
	styleId: 'default',
	transcript,
});

describe('Voice → Correct Style Transcript', () => {
	const vocu = useStubServer();

	it('posts the text and outputs the voice', async () => {
		vocu.on('POST', path, { body: fixture.request.body }).reply(200, fixture.response.body);
		const { items, error } = await runVocu(params(` ${fixture.request.body.text} `), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('refuses an empty transcript without sending', async () => {
		const { error } = await runVocu(params('  '), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe("'Transcript' is empty [item 0]");
	});

	it('maps the safety rejection of the text', async () => {
		vocu
			.on('POST', path)
			.reply(400, fixture.errors.find((e) => e.code === 'SAFETY_CONTENT_REJECTED')?.body);
		const { error } = await runVocu(params('x'), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('Vocu rejected the content in its safety check');
	});
});
