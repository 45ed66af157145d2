import type { IBinaryData, IExecuteSingleFunctions } from 'n8n-workflow';

/** How much n8n's binary store is asked for per read: small, so read-ahead holds little beyond the chunk. */
const READ_PIECE_BYTES = 1024 * 1024;

/**
 * Cuts a byte stream into chunks of exactly `chunkSize` bytes (the last one may be shorter), each given as the
 * list of its pieces, not copied: the caller copies them once, straight into the request body. At most one
 * chunk is buffered; the source is not read further until the consumer asks for the next chunk.
 */
export async function* rechunkPieces(
	source: AsyncIterable<Buffer | Uint8Array | string>,
	chunkSize: number,
): AsyncGenerator<Buffer[]> {
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
				yield pending;
				pending = [];
				pendingBytes = 0;
			}
		}
	}
	if (pendingBytes) yield pending;
}

/**
 * The chunks of an input binary, each as its pieces. Binaries n8n keeps on disk (or in other storage) are
 * streamed, so memory does not grow with the file; inline binaries are already in memory and are sliced.
 */
export async function* readChunks(
	context: IExecuteSingleFunctions,
	binary: IBinaryData,
	propertyName: string,
	chunkSize: number,
): AsyncGenerator<Buffer[]> {
	if (binary.id) {
		const pieceBytes = Math.min(chunkSize, READ_PIECE_BYTES);
		yield* rechunkPieces(await context.helpers.getBinaryStream(binary.id, pieceBytes), chunkSize);
		return;
	}
	const buffer = await context.helpers.getBinaryDataBuffer(propertyName);
	for (let offset = 0; offset < buffer.length; offset += chunkSize) {
		yield [buffer.subarray(offset, offset + chunkSize)];
	}
}

/**
 * Iterates `source` one step ahead: while the consumer works on a value (sends a chunk), the next one is
 * already being produced (read from the store and assembled). Holds at most one value beyond the current one.
 */
export async function* oneAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
	const iterator = source[Symbol.asyncIterator]();
	const pull = () => {
		const promise = iterator.next();
		// If the consumer stops early, a failed read-ahead is not an unhandled rejection.
		promise.catch(() => undefined);
		return promise;
	};
	let next = pull();
	try {
		for (;;) {
			const result = await next;
			if (result.done) return;
			next = pull();
			yield result.value;
		}
	} finally {
		await iterator.return?.(undefined);
	}
}
