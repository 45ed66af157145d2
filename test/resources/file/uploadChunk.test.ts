import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { CHUNK, chunkOf, randomFile } from '../../harness/multipart';
import { useStubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';

const uploadId = newFileFixture.response.body.data.id;

describe('File → Upload Chunk', () => {
	const vocu = useStubServer();

	it('sends one chunk with its ID, index and total as multipart/form-data', async () => {
		const bytes = randomFile(4096);
		vocu
			.on('POST', CHUNK, {
				check: (request) => {
					const chunk = chunkOf(request);
					expect(chunk).toMatchObject({
						id: uploadId,
						index: 2,
						total: 4,
						contentType: 'application/octet-stream',
					});
					expect(chunk.bytes.equals(bytes)).toBe(true);
				},
			})
			.reply(200, { status: 200, message: 'OK' });
		const { items, error } = await runVocu(
			{
				resource: 'file',
				operation: 'uploadChunk',
				uploadId: ` ${uploadId} `,
				chunkIndex: 2,
				totalChunks: 4,
				binaryPropertyName: 'part',
			},
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{
						json: {},
						binary: {
							part: await binaryInput(bytes, 'application/octet-stream', 'samples.zip.002'),
						},
					},
				],
			},
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { uploadId, chunkIndex: 2, totalChunks: 4, success: true }, pairedItem: { item: 0 } },
		]);
		// A standard multipart parser (undici's, behind fetch's Response) reads the same fields.
		const [request] = vocu.requests;
		const form = await new Response(request.raw, {
			headers: { 'content-type': String(request.headers['content-type']) },
		}).formData();
		expect([form.get('id'), form.get('index'), form.get('total')]).toEqual([uploadId, '2', '4']);
		const file = form.get('file') as File;
		expect(file.name).toBe('samples.zip.002');
		expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
	});

	it('refuses a chunk index that is not below the total, before sending', async () => {
		const { error } = await runVocu(
			{
				resource: 'file',
				operation: 'uploadChunk',
				uploadId,
				chunkIndex: 4,
				totalChunks: 4,
				binaryPropertyName: 'data',
			},
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{
						json: {},
						binary: { data: await binaryInput(Buffer.from('x'), 'application/zip', 'a.zip') },
					},
				],
			},
		);
		expect(error?.message).toBe('Chunk index 4 does not fit 4 chunk(s) [item 0]');
		expect(vocu.requests).toHaveLength(0);
	});
});
