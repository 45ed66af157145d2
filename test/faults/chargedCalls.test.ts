import taskGet from '../fixtures/api/task.get.json';
import { isChargedCall } from '../../nodes/Vocu/shared/transport/chargedRequest';
import { inputItems, useFaultStubs } from './helpers';
import { IDS, operationCase } from './operations';

const MAY_HAVE_RUN = 'The connection to Vocu broke: the generation may still have run';

/**
 * Every operation that spends credits or starts work at Vocu goes through callVocu as a charged call: one
 * that gets no answer is sent once, reported as "may have run", and the error says where to check first.
 */
describe('fault matrix: every charged call is guarded', () => {
	const { stubs, run } = useFaultStubs();

	it.each([
		['voice.create', 'POST', '/api/voice', 'Voice → Get Many'],
		['voice.addStyle', 'POST', `/api/voice/${IDS.voice}/prompt`, 'Voice → Get Many'],
		['task.create', 'POST', '/api/tts/generate', 'Task → Get Many'],
		['speech.generate', 'POST', '/api/tts/simple-generate', 'the Vocu web app'],
		['speech.stream', 'GET', '/api/tts/simple-generate.mp3', 'the Vocu web app'],
		['speech.convertVoice', 'POST', '/api/tts/simple-generate', 'the Vocu web app'],
		['audio.generateSoundEffect', 'POST', '/api/tts/generate', 'Task → Get Many'],
		['audio.separateVocals', 'POST', '/api/tts/generate', 'Task → Get Many'],
	])(
		'%s: a reset is reported as "may have run", sent once, with where to check',
		async (key, method, path, check) => {
			const op = operationCase(key);
			stubs.vocu.on(method, path).replyWith({ destroy: true });
			const { failure } = await run(op.params, { items: await inputItems(1, op.binaries) });
			expect(failure?.message).toBe(MAY_HAVE_RUN);
			expect(failure?.description).toContain('did not send it again');
			expect(failure?.description).toContain(`${check}`);
			expect(failure?.description).toContain('before running this item again');
			expect(stubs.vocu.requests).toHaveLength(1);
		},
	);

	it("task.regenerate: the new task's POST is guarded, the read before it is not", async () => {
		const op = operationCase('task.regenerate');
		const taskPath = `/api/tts/generate/${IDS.task}`;
		stubs.vocu.on('GET', taskPath).replyWith({ destroy: true });
		const read = await run(op.params);
		expect(read.failure?.message).not.toMatch(/may still have run/);

		stubs.vocu.reset();
		stubs.vocu.on('GET', taskPath).reply(200, taskGet.response.body);
		stubs.vocu.on('POST', '/api/tts/generate').replyWith({ destroy: true });
		const submitted = await run(op.params);
		expect(submitted.failure?.message).toBe(MAY_HAVE_RUN);
		expect(submitted.failure?.description).toContain('Task → Get Many');
		expect(stubs.vocu.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
	});

	it('knows which calls are charged', () => {
		expect(isChargedCall({ method: 'POST', url: '/api/tts/simple-generate' })).toBe(true);
		expect(
			isChargedCall({
				method: 'GET',
				url: 'http://127.0.0.1:1/api/tts/simple-generate.mp3?voiceId=x',
			}),
		).toBe(true);
		expect(isChargedCall({ method: 'POST', url: `/api/voice/${IDS.voice}/prompt` })).toBe(true);
		expect(isChargedCall({ method: 'GET', url: `/api/tts/generate/${IDS.task}` })).toBe(false);
		expect(isChargedCall({ method: 'POST', url: `/api/voice/${IDS.voice}/info` })).toBe(false);
		expect(isChargedCall({ method: 'GET', url: '/api/voice' })).toBe(false);
	});
});
