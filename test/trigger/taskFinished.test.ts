import type { INodeParameters } from 'n8n-workflow';

import { vocuCredentials } from '../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../harness/stubServer';
import { FakeTasks, VOICE_B, type FakeTask } from './fakeVocu';
import { TriggerWorkflow } from './pollHarness';

const both = { event: 'taskFinished', taskStatuses: ['generated', 'failed'] };
const ids = (items: Array<{ json: { id?: unknown } }>) => items.map((item) => String(item.json.id));

describe('Vocu Trigger → Task Finished', () => {
	const vocu = useStubServer();

	function setup(
		parameters: INodeParameters = both,
		options?: ConstructorParameters<typeof FakeTasks>[1],
	) {
		const fake = new FakeTasks(vocu, options);
		const workflow = new TriggerWorkflow(parameters, vocuCredentials(vocu.url));
		return { fake, workflow };
	}

	it('over 10 polls while 30 tasks are created emits every finished task exactly once, none from before activation', async () => {
		const { fake, workflow } = setup();
		const before = [fake.create('generated'), fake.create('failed'), fake.create('generated')];
		const activation = workflow.activate();
		expect(await activation.poll()).toEqual([]);

		const finishAt = new Map<FakeTask, { poll: number; status: FakeTask['status'] }>();
		const emittedAt = new Map<string, number>();
		for (let poll = 1; poll <= 10; poll++) {
			for (let n = 0; n < 3; n++) {
				const k = (poll - 1) * 3 + n;
				const task = fake.create(k % 3 === 0 ? 'processing' : 'pending');
				// Some finish before the poll that first lists them, others up to 3 polls later; every fifth fails.
				finishAt.set(task, {
					poll: Math.min(poll + (k % 4), 10),
					status: k % 5 === 3 ? 'failed' : 'generated',
				});
			}
			for (const [task, plan] of finishAt) if (plan.poll <= poll) task.status = plan.status;
			for (const item of await activation.poll()) {
				const id = String(item.json.id);
				expect(emittedAt.has(id)).toBe(false);
				emittedAt.set(id, poll);
				expect(item.json.status).toBe(fake.tasks.find((task) => task.id === id)?.status);
			}
		}
		expect(emittedAt.size).toBe(30);
		for (const [task, plan] of finishAt) expect(emittedAt.get(task.id)).toBe(plan.poll);
		for (const task of before) expect(emittedAt.has(task.id)).toBe(false);
		expect(JSON.stringify(workflow.staticData())).not.toContain(TEST_API_KEY);
	});

	it('outputs the task with merged and segment audio URLs, text, voices and credits', async () => {
		const { fake, workflow } = setup({ event: 'taskFinished' });
		const activation = workflow.activate();
		await activation.poll();
		const task = fake.create('generated');
		const [item] = await activation.poll();
		expect(item.binary).toBeUndefined();
		expect(item.json).toMatchObject({
			event: 'taskGenerated',
			id: task.id,
			status: 'generated',
			audioUrl: `https://storage.vocu.ai/generate/${task.id}/merged.mp3`,
			text: task.text,
			credits: task.text.length,
			segments: [
				{
					index: 0,
					voiceId: task.voiceId,
					text: task.text,
					audioUrl: `https://storage.vocu.ai/generate/${task.id}/segment-1.mp3`,
				},
			],
			voices: [expect.objectContaining({ id: task.voiceId, name: 'Narrator' })],
		});
	});

	it('emits only the chosen statuses and only tasks using the chosen voice', async () => {
		const { fake, workflow } = setup({
			event: 'taskFinished',
			taskStatuses: ['failed'],
			voiceId: VOICE_B,
		});
		const activation = workflow.activate();
		await activation.poll();
		const wanted = fake.create('failed', VOICE_B);
		fake.create('failed');
		fake.create('generated', VOICE_B);
		expect(ids(await activation.poll())).toEqual([wanted.id]);
		expect(await activation.poll()).toEqual([]);
	});

	it('emits a task that was running at activation once it finishes', async () => {
		const { fake, workflow } = setup();
		const running = fake.create('processing');
		const activation = workflow.activate();
		expect(await activation.poll()).toEqual([]);
		expect(await activation.poll()).toEqual([]);
		running.status = 'generated';
		expect(ids(await activation.poll())).toEqual([running.id]);
		expect(await activation.poll()).toEqual([]);
	});

	it('pages back only to the last seen task and caps the items per poll; the rest come next poll, oldest first', async () => {
		const { fake, workflow } = setup({ ...both, maxItems: 40 });
		for (let n = 0; n < 60; n++) fake.create('generated');
		const activation = workflow.activate();
		await activation.poll();
		const fresh = Array.from({ length: 120 }, () => fake.create('generated'));
		fake.resetCounts();
		const first = await activation.poll();
		// 120 new tasks: pages at 0, 50 and 100; the third page holds the boundary.
		expect(fake.listCalls).toEqual([0, 50, 100].map((offset) => ({ offset, limit: 50 })));
		expect(ids(first)).toEqual(fresh.slice(0, 40).map((task) => task.id));
		const second = await activation.poll();
		const third = await activation.poll();
		expect(ids(second)).toEqual(fresh.slice(40, 80).map((task) => task.id));
		expect(ids(third)).toEqual(fresh.slice(80).map((task) => task.id));
		fake.resetCounts();
		expect(await activation.poll()).toEqual([]);
		expect(fake.listCalls).toEqual([{ offset: 0, limit: 50 }]);
		expect(fake.getCalls).toEqual([]);
	});

	it('finds tracked tasks below the new ones by paging, checks the last few by ID, forgets deleted ones', async () => {
		const { fake, workflow } = setup({ ...both, maxItems: 500 });
		const slow = fake.create('processing');
		const gone = fake.create('pending');
		const activation = workflow.activate();
		await activation.poll();
		const newer = Array.from({ length: 160 }, () => fake.create('processing'));
		expect(await activation.poll()).toEqual([]);
		for (const task of newer) task.status = 'generated';
		fake.resetCounts();
		expect(ids(await activation.poll())).toEqual(newer.map((task) => task.id));
		// 162 tracked tasks: more than one-by-one checks cover, so the pages are read instead.
		expect(fake.listCalls.map((call) => call.offset)).toEqual([0, 50, 100, 150]);
		expect(fake.getCalls).toEqual([]);

		slow.status = 'generated';
		fake.remove(gone);
		fake.resetCounts();
		expect(ids(await activation.poll())).toEqual([slow.id]);
		expect(fake.listCalls).toEqual([{ offset: 0, limit: 50 }]);
		expect(fake.getCalls.sort()).toEqual([slow.id, gone.id].sort());
		fake.resetCounts();
		expect(await activation.poll()).toEqual([]);
		expect(fake.getCalls).toEqual([]);
	});

	it('works from task IDs alone when Vocu sends no createdAt', async () => {
		const { fake, workflow } = setup(both, { withCreatedAt: false });
		fake.create('generated');
		const activation = workflow.activate();
		await activation.poll();
		const a = fake.create('pending');
		const b = fake.create('generated');
		expect(ids(await activation.poll())).toEqual([b.id]);
		a.status = 'failed';
		expect(ids(await activation.poll())).toEqual([a.id]);
		expect(await activation.poll()).toEqual([]);
	});

	it('starts afresh when the workflow is activated again, and catches up after a restart', async () => {
		const { fake, workflow } = setup();
		await workflow.activate().poll();
		const whileOff = fake.create('generated');
		expect(await workflow.activate('activate').poll()).toEqual([]);
		const whileDown = fake.create('generated');
		expect(ids(await workflow.activate('init').poll())).toEqual([whileDown.id]);
		expect(whileOff.id).not.toBe(whileDown.id);
	});

	it('keeps its memory bounded', async () => {
		const { fake, workflow } = setup({ ...both, maxItems: 500 });
		const activation = workflow.activate();
		await activation.poll();
		for (let round = 0; round < 4; round++) {
			for (let n = 0; n < 200; n++) fake.create(n % 2 ? 'generated' : 'pending');
			await activation.poll();
		}
		const memory = workflow.staticData()['node:Vocu Trigger'] as {
			taskFinished: { seen: string[]; tracked: object };
		};
		expect(memory.taskFinished.seen.length).toBeLessThanOrEqual(300);
		expect(Object.keys(memory.taskFinished.tracked).length).toBeLessThanOrEqual(500);
		expect(JSON.stringify(memory).length).toBeLessThan(60_000);
	});
});
