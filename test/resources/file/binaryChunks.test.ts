import { rechunkPieces } from '../../../nodes/Vocu/resources/file/binaryChunks';

/** rechunkPieces with each chunk joined, to compare bytes. */
async function* rechunk(source: AsyncIterable<Buffer>, chunkSize: number): AsyncGenerator<Buffer> {
	for await (const pieces of rechunkPieces(source, chunkSize)) yield Buffer.concat(pieces);
}

async function* pieces(sizes: number[], pulled: { count: number } = { count: 0 }) {
	let value = 0;
	for (const size of sizes) {
		pulled.count++;
		yield Buffer.from(Array.from({ length: size }, () => value++ % 256));
	}
}

async function collect(source: AsyncIterable<Buffer>) {
	const out: Buffer[] = [];
	for await (const chunk of source) out.push(chunk);
	return out;
}

describe('rechunk', () => {
	it('cuts pieces of any size into exact chunks with a shorter last one, keeping every byte in order', async () => {
		const sizes = [1, 9, 3, 30, 2, 0, 7];
		const chunks = await collect(rechunk(pieces(sizes), 8));
		expect(chunks.map((chunk) => chunk.length)).toEqual([8, 8, 8, 8, 8, 8, 4]);
		const expected = Buffer.concat(await collect(pieces(sizes)));
		expect(Buffer.concat(chunks).equals(expected)).toBe(true);
	});

	it('yields nothing for an empty source and no empty tail when the size divides evenly', async () => {
		expect(await collect(rechunk(pieces([]), 4))).toEqual([]);
		expect((await collect(rechunk(pieces([4, 4]), 4))).map((c) => c.length)).toEqual([4, 4]);
	});

	it('reads no further than the chunk it is asked for', async () => {
		const pulled = { count: 0 };
		const iterator = rechunk(pieces([3, 3, 3, 3, 3, 3], pulled), 5)[Symbol.asyncIterator]();
		await iterator.next();
		expect(pulled.count).toBe(2);
		await iterator.return(undefined);
	});
});
