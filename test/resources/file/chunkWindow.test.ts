import { sendInWindow } from '../../../nodes/Vocu/resources/file/chunkWindow';

interface Body {
	index: number;
	release: () => void;
}

/** Bodies 0…count-1, counting how many were pulled and which were released. */
function bodies(count: number) {
	const seen = { pulled: 0, released: [] as number[] };
	async function* source(): AsyncGenerator<Body> {
		for (let index = 0; index < count; index++) {
			seen.pulled++;
			yield { index, release: () => seen.released.push(index) };
		}
	}
	return { seen, source: source() };
}

const ok = async () => ({ value: {}, attempts: 1 });

describe('sendInWindow', () => {
	it('sends every body in order, one at a time, and releases each after its send', async () => {
		const { seen, source } = bodies(4);
		const sent: number[] = [];
		const result = await sendInWindow(source, 1, async (body) => {
			sent.push(body.index);
			return await ok();
		});
		expect(result).toEqual({ sent: 4 });
		expect(sent).toEqual([0, 1, 2, 3]);
		expect(seen.released).toEqual([0, 1, 2, 3]);
	});

	it('reads no further body after a failure, one at a time', async () => {
		const { seen, source } = bodies(5);
		const error = new Error('chunk 1 refused');
		const result = await sendInWindow(source, 1, async (body) =>
			body.index === 1 ? { error, attempts: 2 } : await ok(),
		);
		expect(result).toEqual({ sent: 1, failed: { error, attempts: 2 } });
		expect(seen.pulled).toBe(2);
		expect(seen.released).toEqual([0, 1]);
	});

	it('reads no further body after a failure with two in flight, and reports the lowest failed index', async () => {
		const { seen, source } = bodies(6);
		const later = new Error('chunk 2 refused');
		const first = new Error('chunk 1 refused');
		let failChunk1: () => void = () => undefined;
		const result = await sendInWindow(source, 2, async (body) => {
			if (body.index === 1) {
				// Chunk 1 fails only after chunk 2 has failed: the report still names chunk 1.
				await new Promise<void>((resolve) => (failChunk1 = resolve));
				return { error: first, attempts: 1 };
			}
			if (body.index === 2) {
				failChunk1();
				return { error: later, attempts: 1 };
			}
			return await ok();
		});
		expect(result).toEqual({ sent: 1, failed: { error: first, attempts: 1 } });
		expect(seen.pulled).toBe(3);
		expect([...seen.released].sort()).toEqual([0, 1, 2]);
	});

	it('counts a failed read as the failure of the chunk it was reading', async () => {
		const readError = new Error('store unavailable');
		async function* failing(): AsyncGenerator<Body> {
			yield { index: 0, release: () => undefined };
			throw readError;
		}
		const result = await sendInWindow(failing(), 1, ok);
		expect(result).toEqual({ sent: 1, failed: { error: readError, attempts: 0 } });
	});
});
