import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';

import type { RecordedRequest } from '../../harness/stubServer';
import {
	CHUNK,
	chunkOf,
	chunkReceiver,
	FINISH,
	MIB,
	NEW_FILE,
	randomFile,
} from '../../harness/multipart';
import { useStubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';
import finishFixture from '../../fixtures/api/file.multipartFinish.json';

const uploadId = newFileFixture.response.body.data.id;

/**
 * Holds the answer to each chunk until the next chunk has arrived (from `answerAtOnceFrom` on, chunks are
 * answered at once), and records how many chunks were unanswered whenever one arrived. One chunk at a time would
 * never get an answer.
 */
function overlappingReceiver(total: number, failures = {}, answerAtOnceFrom = total - 1) {
	const receiver = chunkReceiver(failures);
	const arrived: Array<() => void> = [];
	const gates = Array.from(
		{ length: total },
		(_, index) => new Promise<void>((resolve) => (arrived[index] = resolve)),
	);
	let open = 0;
	const openOnArrival: number[] = [];
	return {
		receiver,
		openOnArrival,
		reply(request: RecordedRequest) {
			const { index } = chunkOf(request);
			arrived[index]();
			openOnArrival.push(++open);
			const after = index < answerAtOnceFrom ? gates[index + 1] : Promise.resolve();
			void after.then(() => open--);
			return { ...receiver.reply(request), after };
		},
	};
}

describe('File → Upload Training Archive with Chunks in Parallel', () => {
	const vocu = useStubServer();

	const run = async (file: Buffer, parallelChunks: number) =>
		await runVocu(
			{
				resource: 'file',
				operation: 'uploadTrainingArchive',
				binaryPropertyName: 'data',
				uploadOptions: { chunkSizeMiB: 1, parallelChunks },
			},
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{ json: {}, binary: { data: await binaryInput(file, 'application/zip', 'samples.zip') } },
				],
			},
		);

	const expectNewFile = () =>
		vocu.on('POST', NEW_FILE, { body: { type: 'zip' } }).reply(200, newFileFixture.response.body);

	it('keeps two chunks on the wire, never more, and the file arrives intact', async () => {
		const file = randomFile(Math.round(4.5 * MIB));
		const chunks = overlappingReceiver(5);
		expectNewFile();
		vocu.on('POST', CHUNK).times(5).replyWith(chunks.reply);
		vocu.on('POST', FINISH, { body: { id: uploadId } }).reply(200, finishFixture.response.body);

		const { items, error } = await run(file, 2);

		expect(error).toBeUndefined();
		expect(chunks.openOnArrival).toEqual([1, 2, 2, 2, 2]);
		expect(chunks.receiver.received.map((chunk) => chunk.index)).toEqual([0, 1, 2, 3, 4]);
		expect(chunks.receiver.reassembled().equals(file)).toBe(true);
		expect(vocu.requests.map((request) => request.path).at(-1)).toBe(FINISH);
		expect(items[0].json).toMatchObject({ uploadId, totalChunks: 5, fileSize: file.length });
	});

	it('starts no chunk after one failed, waits for those in flight, and reports the lowest failed index', async () => {
		// Chunk 1 is answered when chunk 2 arrives, chunk 2 at once: both are rejected, in either order.
		const file = randomFile(5 * MIB);
		const rejected = {
			status: 404,
			json: { status: 404, code: 'RESOURCE_NOT_FOUND', message: 'no' },
		};
		const chunks = overlappingReceiver(5, { 1: [rejected], 2: [rejected] }, 2);
		expectNewFile();
		vocu.on('POST', CHUNK).times(3).replyWith(chunks.reply);

		const { error } = await run(file, 2);

		// Chunks 0 and 1 are on the wire together, so either may reach the server first; 3 and 4 never start.
		expect([...chunks.receiver.attempts].sort()).toEqual([0, 1, 2]);
		expect(vocu.requests.some((request) => request.path === FINISH)).toBe(false);
		expect(error?.message).toBe(
			`Chunk 1 (2 of 5) of upload ${uploadId} failed; 1 of 5 chunks were sent`,
		);
		expect(error?.description).toContain(`Upload ID ${uploadId}, Chunk Index 1, Total Chunks 5`);
		expect(error?.description).toContain('Chunks after 1 that were in flight may have arrived too');
	});

	it('refuses more than 4 chunks in parallel before creating an upload', async () => {
		const { error } = await run(randomFile(10), 5);
		expect(error?.message).toBe("'Chunks in Parallel' must be a whole number from 1 to 4 [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
