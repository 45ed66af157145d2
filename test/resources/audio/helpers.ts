import type { StubServer } from '../../harness/stubServer';
import { envelope } from '../../harness/stubServer';

export const taskId = '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
export const taskPath = `/api/tts/generate/${taskId}`;
export const mp3 = (fill: number) => Buffer.concat([Buffer.from('ID3'), Buffer.alloc(700, fill)]);

/** Vocu accepts the task (exact body), then answers the poll with it generated and `contents` as given. */
export function expectTask(
	vocu: StubServer,
	body: unknown,
	contents: Array<Record<string, unknown>>,
	merged?: string,
): void {
	vocu
		.on('POST', '/api/tts/generate', { body })
		.reply(200, envelope({ id: taskId, status: 'pending' }));
	vocu.on('GET', taskPath).reply(
		200,
		envelope({
			id: taskId,
			status: 'generated',
			metadata: { contents, ...(merged ? { audio: merged } : {}), srt: false },
		}),
	);
}

/** The storage host serves `bytes` at `path` as MP3. */
export function serves(storage: StubServer, path: string, bytes: Buffer): void {
	storage
		.on('GET', path)
		.replyWith({ status: 200, body: bytes, headers: { 'content-type': 'audio/mpeg' } });
}
