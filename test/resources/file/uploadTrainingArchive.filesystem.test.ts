/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { BINARY_DATA_MODE } from '../../harness/filesystemEnv';

import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';

import { binaryDataService, binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { StubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';
import { chunkReceiver, MIB, randomFile } from '../../harness/multipart';

const uploadId = newFileFixture.response.body.data.id;

describe(`File uploads with n8n binary data in ${BINARY_DATA_MODE} mode`, () => {
	let vocu: StubServer;
	const stored: string[] = [];
	beforeAll(async () => (vocu = await StubServer.start()));
	afterEach(() => {
		jest.restoreAllMocks();
		vocu.done();
	});
	afterAll(async () => {
		await vocu.close();
		const service = await binaryDataService();
		for (const id of stored) {
			await rm(service.getPath(id), { force: true });
			await rm(`${service.getPath(id)}.metadata`, { force: true });
		}
	});

	it('streams the archive from disk chunk by chunk, never reading the whole file', async () => {
		const file = randomFile(Math.round(4.5 * MIB));
		const input = await binaryInput(file, 'application/zip', 'samples.zip');
		stored.push(input.id!);
		expect(input.id).toMatch(/^filesystem/);
		const service = await binaryDataService();
		const streamed = jest.spyOn(service, 'getAsStream');
		const buffered = jest.spyOn(service, 'getAsBuffer');

		const receiver = chunkReceiver();
		vocu
			.on('POST', '/api/editor/multipartUpload/newFile', { body: { type: 'zip' } })
			.reply(200, newFileFixture.response.body);
		vocu.on('POST', '/api/editor/multipartUpload/upload').times(5).replyWith(receiver.reply);
		vocu
			.on('POST', '/api/editor/multipartUpload/finish', { body: { id: uploadId } })
			.reply(200, { status: 200, message: 'OK' });

		const { items, error } = await runVocu(
			{
				resource: 'file',
				operation: 'uploadTrainingArchive',
				binaryPropertyName: 'data',
				uploadOptions: { chunkSizeMiB: 1 },
			},
			{ credentials: vocuCredentials(vocu.url), items: [{ json: {}, binary: { data: input } }] },
		);

		expect(error).toBeUndefined();
		expect(streamed).toHaveBeenCalledWith(input.id, MIB);
		expect(buffered).not.toHaveBeenCalled();
		expect(
			receiver.received.map((chunk) => [chunk.index, chunk.total, chunk.bytes.length]),
		).toEqual([
			[0, 5, MIB],
			[1, 5, MIB],
			[2, 5, MIB],
			[3, 5, MIB],
			[4, 5, file.length - 4 * MIB],
		]);
		expect(receiver.reassembled().equals(file)).toBe(true);
		expect(items[0].json).toEqual({
			uploadId,
			fileName: 'samples.zip',
			fileSize: file.length,
			chunkSize: MIB,
			totalChunks: 5,
		});
	});

	it('refuses audio over 100 MB from its stored size, before reading or sending it', async () => {
		const service = await binaryDataService();
		const tooBig = 100 * MIB + 1;
		const zeros = Readable.from(
			(function* () {
				for (let left = tooBig; left > 0; left -= MIB) yield Buffer.alloc(Math.min(MIB, left));
			})(),
		);
		const input = await service.store(
			{ type: 'execution', workflowId: 'test', executionId: '1' },
			zeros,
			{
				data: '',
				mimeType: 'audio/wav',
				fileName: 'long.wav',
			},
		);
		stored.push(input.id!);
		const buffered = jest.spyOn(service, 'getAsBuffer');
		const { error } = await runVocu(
			{ resource: 'file', operation: 'uploadAudio', binaryPropertyName: 'data' },
			{ credentials: vocuCredentials(vocu.url), items: [{ json: {}, binary: { data: input } }] },
		);
		expect(error?.message).toBe(
			"Audio file: 'data' is 100.0 MB, over Vocu's 100.0 MB limit [item 0]",
		);
		expect(buffered).not.toHaveBeenCalled();
		expect(vocu.requests).toHaveLength(0);
	});
});
