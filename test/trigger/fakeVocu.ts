import type { StubServer } from '../harness/stubServer';

export const VOICE_A = '5d040784-cc81-4459-aa1d-6c2168ddb845';
export const VOICE_B = '3076236f-5997-4aa1-a3ad-a90299023072';

export interface FakeTask {
	id: string;
	status: 'pending' | 'processing' | 'generated' | 'failed';
	createdAt: number;
	voiceId: string;
	text: string;
}

/**
 * A Vocu account's task list behind the stub server: `GET /api/tts/generate?offset&limit` newest first with no
 * total, and `GET /api/tts/generate/{id}`, both checked by the stub for the bearer key. Tests change statuses
 * between polls; `listCalls`/`getCalls` count the work a poll did.
 */
export class FakeTasks {
	readonly tasks: FakeTask[] = [];

	listCalls: Array<{ offset: number; limit: number }> = [];

	getCalls: string[] = [];

	private clock = Date.parse('2026-11-01T10:00:00.000Z');

	private serial = 0;

	constructor(
		private readonly stub: StubServer,
		private readonly options: { storageUrl?: string; withCreatedAt?: boolean } = {},
	) {
		stub.on('GET', '/api/tts/generate', {
			times: Infinity,
			check: (request) => {
				if (!/^\d+$/.test(request.query.offset ?? '') || !/^\d+$/.test(request.query.limit ?? '')) {
					throw new Error(`offset/limit missing: ${JSON.stringify(request.query)}`);
				}
			},
			reply: (request) => {
				const offset = Number(request.query.offset);
				const limit = Number(request.query.limit);
				this.listCalls.push({ offset, limit });
				const newestFirst = [...this.tasks].sort((a, b) => b.createdAt - a.createdAt);
				return {
					json: {
						status: 200,
						message: 'OK',
						data: newestFirst.slice(offset, offset + limit).map((t) => this.view(t)),
					},
				};
			},
		});
	}

	create(status: FakeTask['status'] = 'pending', voiceId = VOICE_A): FakeTask {
		this.serial += 1;
		this.clock += 1000;
		const id = `00000000-0000-4000-8000-${String(this.serial).padStart(12, '0')}`;
		const task: FakeTask = {
			id,
			status,
			createdAt: this.clock,
			voiceId,
			text: `Text number ${this.serial}.`,
		};
		this.tasks.push(task);
		this.stub.on('GET', `/api/tts/generate/${id}`, {
			times: Infinity,
			reply: () => {
				this.getCalls.push(id);
				return this.tasks.includes(task)
					? { json: { status: 200, message: 'OK', data: this.view(task) } }
					: {
							status: 404,
							json: { status: 404, code: 'GENERATE_NOT_FOUND', message: 'Not found' },
						};
			},
		});
		return task;
	}

	remove(task: FakeTask): void {
		this.tasks.splice(this.tasks.indexOf(task), 1);
	}

	resetCounts(): void {
		this.listCalls = [];
		this.getCalls = [];
	}

	view(task: FakeTask) {
		const generated = task.status === 'generated';
		const storage = this.options.storageUrl ?? 'https://storage.vocu.ai';
		return {
			id: task.id,
			userId: '7249c3e5-10d5-4b5d-acc2-000a8cc0e358',
			status: task.status,
			type: 'vocu-neural-voice-001',
			...(this.options.withCreatedAt === false
				? {}
				: { createdAt: new Date(task.createdAt).toISOString() }),
			metadata: {
				contents: [
					{
						voiceId: task.voiceId,
						promptId: 'default',
						text: task.text,
						...(generated ? { audio: `${storage}/generate/${task.id}/segment-1.mp3` } : {}),
					},
				],
				characters: task.text.length,
				voices: [
					{
						id: task.voiceId,
						name: 'Narrator',
						status: 'pending',
						version: 'v3.0',
						from: 'upload',
					},
				],
				isPremium: true,
				srt: false,
				...(generated
					? {
							audio: `${storage}/generate/${task.id}/merged.mp3`,
							generatedAt: new Date(task.createdAt + 5000).toISOString(),
						}
					: {}),
			},
		};
	}
}
