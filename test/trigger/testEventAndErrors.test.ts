import { NodeApiError, type NodeOperationError } from 'n8n-workflow';

import { binaryOutput, vocuCredentials } from '../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../harness/stubServer';
import { FakeTasks, VOICE_B } from './fakeVocu';
import { TriggerWorkflow } from './pollHarness';

const MP3 = Buffer.from('ID3fake-mp3-bytes');

describe('Vocu Trigger → Fetch Test Event, poll errors, Attach Audio', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('Fetch Test Event returns the newest matching task and leaves the memory alone', async () => {
		const fake = new FakeTasks(vocu);
		const older = fake.create('generated', VOICE_B);
		fake.create('generated');
		fake.create('processing', VOICE_B);
		const workflow = new TriggerWorkflow(
			{ event: 'taskFinished', voiceId: VOICE_B },
			vocuCredentials(vocu.url),
		);
		const items = await workflow.activate('manual', 'manual').poll();
		expect(items.map((item) => item.json.id)).toEqual([older.id]);
		expect(workflow.staticData()).toEqual({});
	});

	it('Fetch Test Event says what to do when nothing matches', async () => {
		const fake = new FakeTasks(vocu);
		fake.create('pending');
		const workflow = new TriggerWorkflow({ event: 'taskFinished' }, vocuCredentials(vocu.url));
		await expect(workflow.activate('manual', 'manual').poll()).rejects.toThrow(
			'No finished task matches the filters yet',
		);
	});

	it('Fetch Test Event counts the tasks it looked at', async () => {
		const fake = new FakeTasks(vocu);
		for (let n = 0; n < 6; n++) fake.create('failed');
		const workflow = new TriggerWorkflow({ event: 'taskFinished' }, vocuCredentials(vocu.url));
		const error = await workflow
			.activate('manual', 'manual')
			.poll()
			.catch((caught: unknown) => caught);
		expect((error as NodeOperationError).description).toMatch(
			/^Looked at all 6 tasks of this account\./,
		);
	});

	it('takes the voice filter from the voice picker, and refuses a name instead of never firing', async () => {
		const fake = new FakeTasks(vocu);
		const wanted = fake.create('generated', VOICE_B);
		fake.create('generated');
		const picked = { __rl: true, mode: 'list', value: VOICE_B, cachedResultName: 'B' };
		const workflow = new TriggerWorkflow(
			{ event: 'taskFinished', voiceId: picked },
			vocuCredentials(vocu.url),
		);
		const items = await workflow.activate('manual', 'manual').poll();
		expect(items.map((item) => item.json.id)).toEqual([wanted.id]);

		const byName = new TriggerWorkflow(
			{ event: 'taskFinished', voiceId: { __rl: true, mode: 'id', value: 'Anna' } },
			vocuCredentials(vocu.url),
		);
		await expect(byName.activate().poll()).rejects.toThrow('"Anna" is not a voice ID');
	});

	it('a failed poll throws a NodeApiError without the key, keeps the memory, and the next poll catches up', async () => {
		const fake = new FakeTasks(vocu);
		const workflow = new TriggerWorkflow({ event: 'taskFinished' }, vocuCredentials(vocu.url));
		const activation = workflow.activate();
		await activation.poll();
		const memory = workflow.staticData();
		const task = fake.create('generated');
		vocu.reset();
		vocu
			.on('GET', '/api/tts/generate')
			.reply(500, { status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'boom' });
		const error = await activation.poll().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
		expect(String((error as Error).message)).not.toContain(TEST_API_KEY);
		expect(workflow.staticData()).toEqual(memory);
		vocu.done();

		const again = new FakeTasks(vocu);
		again.tasks.push(...fake.tasks);
		expect((await activation.poll()).map((item) => item.json.id)).toEqual([task.id]);
	});

	it('an unreachable Vocu becomes a NodeApiError that says n8n tries again', async () => {
		const workflow = new TriggerWorkflow(
			{ event: 'taskFinished' },
			vocuCredentials('http://127.0.0.1:1'),
		);
		const error = await workflow
			.activate()
			.poll()
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).description).toContain('next poll');
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});

	it('Attach Audio downloads the merged MP3 from storage without the credential', async () => {
		const fake = new FakeTasks(vocu, { storageUrl: storage.url });
		const workflow = new TriggerWorkflow(
			{ event: 'taskFinished', attachAudio: true, binaryPropertyOutput: 'audio' },
			vocuCredentials(vocu.url),
		);
		const activation = workflow.activate();
		await activation.poll();
		const task = fake.create('generated');
		storage
			.on('GET', `/generate/${task.id}/merged.mp3`)
			.replyWith({ status: 200, body: MP3, headers: { 'content-type': 'audio/mpeg' } });
		const [item] = await activation.poll();
		expect(item.binary?.audio.mimeType).toBe('audio/mpeg');
		expect(item.binary?.audio.fileName).toBe(`${task.id}.mp3`);
		expect(await binaryOutput(item.binary!.audio)).toEqual(MP3);
	});

	it('a failed audio download still emits the task, with the reason and the URL', async () => {
		const fake = new FakeTasks(vocu, { storageUrl: storage.url });
		const workflow = new TriggerWorkflow(
			{ event: 'taskFinished', attachAudio: true },
			vocuCredentials(vocu.url),
		);
		const activation = workflow.activate();
		await activation.poll();
		const task = fake.create('generated');
		storage.on('GET', `/generate/${task.id}/merged.mp3`).reply(404, { message: 'NoSuchKey' });
		const [item] = await activation.poll();
		expect(item.binary).toBeUndefined();
		expect(item.json.attachAudioError).toContain('HTTP 404');
		expect(item.json.audioUrl).toBe(`${storage.url}/generate/${task.id}/merged.mp3`);
		expect(await activation.poll()).toEqual([]);
	});
});
