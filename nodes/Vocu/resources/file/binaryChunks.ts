import type { IBinaryData, IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * Cuts a byte stream into pieces of exactly `chunkSize` bytes (the last one may be shorter). At most one chunk
 * is buffered; the source is not read further until the consumer asks for the next chunk.
 */
export async function* rechunk(
	source: AsyncIterable<Buffer | Uint8Array | string>,
	chunkSize: number,
): AsyncGenerator<Buffer> {
	let pending: Buffer[] = [];
	let pendingBytes = 0;
	for await (const piece of source) {
		let data = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
		while (data.length) {
			const take = Math.min(chunkSize - pendingBytes, data.length);
			pending.push(data.subarray(0, take));
			pendingBytes += take;
			data = data.subarray(take);
			if (pendingBytes === chunkSize) {
				yield pending.length === 1 ? pending[0] : Buffer.concat(pending, chunkSize);
				pending = [];
				pendingBytes = 0;
			}
		}
	}
	if (pendingBytes) yield Buffer.concat(pending, pendingBytes);
}

/**
 * The chunks of an input binary. Binaries n8n keeps on disk (or in other storage) are streamed, so memory does
 * not grow with the file; inline binaries are already in memory and are sliced.
 */
export async function* readChunks(
	context: IExecuteSingleFunctions,
	binary: IBinaryData,
	propertyName: string,
	chunkSize: number,
): AsyncGenerator<Buffer> {
	if (binary.id) {
		yield* rechunk(await context.helpers.getBinaryStream(binary.id, chunkSize), chunkSize);
		return;
	}
	const buffer = await context.helpers.getBinaryDataBuffer(propertyName);
	for (let offset = 0; offset < buffer.length; offset += chunkSize) {
		yield buffer.subarray(offset, offset + chunkSize);
	}
}
