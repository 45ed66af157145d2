import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';

import type { INodeProperties } from 'n8n-workflow';

import { fileDescription } from '../../../nodes/Vocu/resources/file';
import { LIMITS } from '../../../nodes/Vocu/shared/constants';
import { CHUNK, chunkReceiver, FINISH, MIB, NEW_FILE, randomFile } from '../../harness/multipart';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';
import finishFixture from '../../fixtures/api/file.multipartFinish.json';

const uploadId = newFileFixture.response.body.data.id;

async function zipItem(bytes: Buffer, fileName = 'samples.zip', mimeType = 'application/zip') {
	return [{ json: {}, binary: { data: await binaryInput(bytes, mimeType, fileName) } }];
}

describe('File → Upload Training Archive', () => {
	const vocu = useStubServer();

	const params = (options: Record<string, number> = { chunkSizeMiB: 1 }) => ({
		resource: 'file',
		operation: 'uploadTrainingArchive',
		binaryPropertyName: 'data',
		uploadOptions: options,
	});

	function expectNewFile() {
		vocu
			.on('POST', NEW_FILE, {
				body: { type: 'zip' },
				check: (request) => expect(request.headers['content-type']).toMatch(/^application\/json/),
			})
			.reply(200, newFileFixture.response.body);
	}

	function expectFinish(times = 1) {
		vocu
			.on('POST', FINISH, { body: { id: uploadId } })
			.times(times)
			.reply(200, finishFixture.response.body);
	}

	it('creates the upload, sends every chunk as multipart and finishes; the bytes arrive intact', async () => {
		const file = randomFile(Math.round(2.5 * MIB));
		const receiver = chunkReceiver();
		expectNewFile();
		vocu.on('POST', CHUNK).times(3).replyWith(receiver.reply);
		expectFinish();

		const { items, error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(file),
		});

		expect(error).toBeUndefined();
		expect(vocu.requests.map((request) => request.path)).toEqual([
			NEW_FILE,
			CHUNK,
			CHUNK,
			CHUNK,
			FINISH,
		]);
		expect(receiver.received.map(({ id, index, total }) => ({ id, index, total }))).toEqual([
			{ id: uploadId, index: 0, total: 3 },
			{ id: uploadId, index: 1, total: 3 },
			{ id: uploadId, index: 2, total: 3 },
		]);
		expect(receiver.received.map((chunk) => chunk.bytes.length)).toEqual([
			MIB,
			MIB,
			file.length - 2 * MIB,
		]);
		for (const chunk of receiver.received) {
			expect(chunk.contentType).toBe('application/octet-stream');
			expect(chunk.fileName).toBe('samples.zip');
		}
		expect(receiver.reassembled().equals(file)).toBe(true);
		expect(items).toEqual([
			{
				json: {
					uploadId,
					finishedId: finishFixture.response.body.data.id,
					fileName: 'samples.zip',
					fileSize: file.length,
					chunkSize: MIB,
					totalChunks: 3,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sends a file smaller than one chunk as a single chunk (default 5 MiB)', async () => {
		const file = randomFile(1000);
		const receiver = chunkReceiver();
		expectNewFile();
		vocu.on('POST', CHUNK).replyWith(receiver.reply);
		vocu
			.on('POST', FINISH, { body: { id: uploadId } })
			.reply(200, { status: 200, message: 'OK', data: { id: uploadId } });
		const { items, error } = await runVocu(params({}), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(file, 'voice.zip', 'application/octet-stream'),
		});
		expect(error).toBeUndefined();
		expect(receiver.received).toHaveLength(1);
		expect(receiver.received[0]).toMatchObject({ index: 0, total: 1 });
		expect(receiver.reassembled().equals(file)).toBe(true);
		expect(items[0].json).toEqual({
			uploadId,
			fileName: 'voice.zip',
			fileSize: 1000,
			chunkSize: 5 * MIB,
			totalChunks: 1,
		});
	});

	it('retries a chunk that failed (5xx, then a dropped connection) and completes the upload', async () => {
		const file = randomFile(3 * MIB);
		const receiver = chunkReceiver({
			1: [
				{ status: 500, json: { status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'oops' } },
				{ destroy: true },
			],
		});
		expectNewFile();
		vocu.on('POST', CHUNK).times(5).replyWith(receiver.reply);
		expectFinish();
		const { items, error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(file),
		});
		expect(error).toBeUndefined();
		expect(receiver.attempts).toEqual([0, 1, 1, 1, 2]);
		expect(receiver.reassembled().equals(file)).toBe(true);
		expect(items[0].json).toMatchObject({ uploadId, totalChunks: 3 });
	});

	it('stops after the last retry and names the chunk, the chunks sent and the upload ID', async () => {
		const file = randomFile(3 * MIB);
		const unavailable = {
			status: 503,
			json: { status: 503, code: 'STORAGE_UNAVAILABLE', message: 'down' },
		};
		const receiver = chunkReceiver({ 1: [unavailable, unavailable] });
		expectNewFile();
		vocu.on('POST', CHUNK).times(3).replyWith(receiver.reply);
		const { error } = await runVocu(params({ chunkSizeMiB: 1, chunkRetries: 1 }), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(file),
		});
		expect(receiver.attempts).toEqual([0, 1, 1]);
		expect(vocu.requests.some((request) => request.path === FINISH)).toBe(false);
		expect(error?.message).toBe(
			`Chunk 1 (2 of 3) of upload ${uploadId} failed; 1 of 3 chunks were sent`,
		);
		expect(error?.description).toContain('Vocu storage is temporarily unavailable');
		expect(error?.description).toContain('tried 2 time(s)');
		expect(error?.description).toContain(`Upload ID ${uploadId}, Chunk Index 1, Total Chunks 3`);
		expect((error as { httpCode?: string }).httpCode).toBe('STORAGE_UNAVAILABLE (HTTP 503)');
		expect(error?.context?.itemIndex).toBe(0);
		expect(JSON.stringify(error)).not.toContain(TEST_API_KEY);
	});

	it('does not retry a chunk Vocu rejected with a 4xx', async () => {
		const file = randomFile(2 * MIB);
		const receiver = chunkReceiver({
			0: [{ status: 404, json: { status: 404, code: 'RESOURCE_NOT_FOUND', message: 'no' } }],
		});
		expectNewFile();
		vocu.on('POST', CHUNK).replyWith(receiver.reply);
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(file),
		});
		expect(receiver.attempts).toEqual([0]);
		expect(error?.message).toBe(
			`Chunk 0 (1 of 2) of upload ${uploadId} failed; 0 of 2 chunks were sent`,
		);
		expect(error?.description).toContain('The upload does not exist · Check the Upload ID');
	});

	it('reports a failed finish with the upload ID', async () => {
		const receiver = chunkReceiver();
		expectNewFile();
		vocu.on('POST', CHUNK).replyWith(receiver.reply);
		vocu.on('POST', FINISH).reply(400, { status: 400, message: 'Bad Request' });
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(randomFile(10)),
		});
		expect(error?.message).toBe(`Finishing upload ${uploadId} failed after all 1 chunks were sent`);
		expect(error?.description).toContain('File → Finish Upload');
	});

	it('checks the archive before creating an upload', async () => {
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(Buffer.from('x'), 'voice.mp3', 'audio/mpeg'),
		});
		expect(error?.message).toBe("Training archive: 'data' is audio/mpeg [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});

	it('refuses a chunk size outside 1–50 MiB before creating an upload', async () => {
		const { error } = await runVocu(params({ chunkSizeMiB: 64 }), {
			credentials: vocuCredentials(vocu.url),
			items: await zipItem(Buffer.from('PK')),
		});
		expect(error?.message).toBe("'Chunk Size (MiB)' must be a whole number from 1 to 50 [item 0]");
		expect(error?.description).toBe('Got 64. 5 is the default. Nothing was uploaded.');
		expect(vocu.requests).toHaveLength(0);
	});

	it('gives an error item for a failed item and uploads the next with Continue On Fail', async () => {
		const receiver = chunkReceiver();
		expectNewFile();
		vocu.on('POST', CHUNK).replyWith(receiver.reply);
		expectFinish();
		const good = randomFile(100);
		const { items, error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [
				{ json: {}, binary: { other: await binaryInput(good, 'application/zip', 'a.zip') } },
				{ json: {}, binary: { data: await binaryInput(good, 'application/zip', 'b.zip') } },
			],
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe(
			"Training archive: the item has no binary field 'data' [item 0]",
		);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1]).toMatchObject({
			json: { uploadId, fileName: 'b.zip', totalChunks: 1 },
			pairedItem: { item: 1 },
		});
		expect(receiver.reassembled().equals(good)).toBe(true);
	});
});

describe('File → Upload Training Archive description', () => {
	it('offers the chunk size of the contract: 1–50 MiB, default 5 MiB', () => {
		const options = fileDescription.find((field) => field.name === 'uploadOptions')
			?.options as INodeProperties[];
		const chunkSize = options.find((option) => option.name === 'chunkSizeMiB');
		expect(chunkSize).toMatchObject({
			default: LIMITS.uploadChunkDefaultMiB,
			typeOptions: { minValue: LIMITS.uploadChunkMinMiB, maxValue: LIMITS.uploadChunkMaxMiB },
		});
		expect([
			LIMITS.uploadChunkMinMiB,
			LIMITS.uploadChunkDefaultMiB,
			LIMITS.uploadChunkMaxMiB,
		]).toEqual([1, 5, 50]);
	});
});
