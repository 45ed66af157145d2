import { describeVocuFailure } from '../../../nodes/Vocu/shared/errors';
import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';

const params = {
	resource: 'speech',
	operation: 'generate',
	generationMode: 'plain',
	voiceId: { __rl: true, mode: 'id', value: '46cc9a76-acd7-4af7-a13a-f8b1408b1848' },
	styleId: 'default',
	text: 'A very long article. '.repeat(400),
};

describe('Speech → Generate with a text Vocu refuses as too long', () => {
	const vocu = useStubServer();

	it('names the limit Vocu gives and points to Task → Create (400 VALIDATION_TOO_LONG)', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(400, {
			status: 400,
			code: 'VALIDATION_TOO_LONG',
			message: 'text is longer than 5000 characters',
		});
		const { error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The text is too long for one synchronous generation');
		expect(error?.description).toContain('Vocu says: text is longer than 5000 characters');
		expect(error?.description).toContain(
			'Task → Create with Options → Split Long Text (on once added)',
		);
		// Only the limit that applies: not the audio or splitter-name limits of other operations.
		expect(error?.description).not.toMatch(/seconds|splitter/i);
	});

	it('says the same for a 413 without a code', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate')
			.reply(413, { status: 413, message: 'Payload Too Large' });
		const { error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The text is too long for one synchronous generation');
		expect(error?.description).toContain('Split Long Text');
	});
});

describe('"Too long" from Vocu names only the limit of what the operation sends', () => {
	const tooLong = { status: 400, code: 'VALIDATION_TOO_LONG', message: 'too long' };
	it.each([
		['task.create', 'A segment text is too long for Vocu', /Split Long Text \(on once added\)/],
		['file.uploadAudio', 'The audio is too long for Vocu', /at most 300 seconds/],
		['splitter.create', 'The splitter name is too long', /at most 100 characters/],
		['splitter.update', 'The splitter name is too long', /at most 100 characters/],
		['account.get', 'A value is too long for Vocu', /^Vocu's message below names the value/],
	] as const)('%s', (operationKey, message, fix) => {
		const failure = describeVocuFailure(400, tooLong, {}, operationKey);
		expect(failure?.message).toBe(message);
		expect(failure?.description).toMatch(fix);
	});
});
