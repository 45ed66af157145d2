import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { byId, inputItems, useFaultStubs } from './helpers';
import { IDS, OPERATIONS } from './operations';

/**
 * Continue On Fail, over every operation, with two input items: the first request to reach Vocu fails, the
 * other item runs the whole happy path. Items run in parallel, so which item fails is read from the output.
 * (Batching would order them, but n8n leaves a failed item's promise unhandled while it waits between batches.)
 */
describe('fault matrix: Continue On Fail and pairedItem on every operation', () => {
	const { stubs, run } = useFaultStubs();

	it('covers every operation of the node', () => {
		const offered = new Vocu().description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) =>
				(property.options as Array<{ value: string }>).map(
					(option) => `${property.displayOptions?.show?.resource?.[0]}.${option.value}`,
				),
			);
		expect(OPERATIONS.map((op) => op.key).sort()).toEqual(offered.sort());
	});

	it.each(OPERATIONS.map((op) => [op.key, op] as const))('%s', async (_key, op) => {
		stubs.vocu
			.on(op.first.method, op.first.path)
			.reply(
				500,
				{ status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'boom' },
				{ 'X-Vocu-App-Request-Id': 'req-cof' },
			);
		op.happy(stubs);

		const { items, error } = await run(op.params, {
			items: await inputItems(2, op.binaries),
			settings: { continueOnFail: true },
		});

		expect(error).toBeUndefined();
		const failed = items.filter((item) => item.json.error !== undefined);
		const succeeded = items.filter((item) => item.json.error === undefined);
		expect(failed).toHaveLength(1);
		expect(failed[0].json).toEqual({
			error: 'Vocu had an internal error',
			description: expect.stringContaining('Request ID (for Vocu support): req-cof'),
			code: 'SYSTEM_INTERNAL_ERROR',
			httpStatus: 500,
			requestId: 'req-cof',
		});
		expect(succeeded).toHaveLength(op.outputs ?? 1);
		const successfulItem = (succeeded[0].pairedItem as { item: number }).item;
		expect([0, 1]).toContain(successfulItem);
		for (const item of succeeded) expect(item.pairedItem).toEqual({ item: successfulItem });
		// Also for list operations (several items per input), where n8n itself could not pair an error item.
		expect(failed[0].pairedItem).toEqual({ item: 1 - successfulItem });
	});

	it('speech.generate: an item with bad input is an error item naming it; the next item still runs', async () => {
		const generate = OPERATIONS.find((op) => op.key === 'speech.generate')!;
		generate.happy(stubs);
		const { items, error } = await run(
			{
				...generate.params,
				text: '={{ $json.index === 0 ? "  " : "Hello there, the weather is really nice today!" }}',
			},
			{ items: await inputItems(2), settings: { continueOnFail: true } },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.error)).toEqual(["'Text' is empty [item 0]", undefined]);
		expect(Object.keys(items[0].json).sort()).toEqual(['description', 'error']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[1].binary?.data.mimeType).toBe('audio/mpeg');
		expect(stubs.vocu.requests).toHaveLength(1);
	});

	it('voice.get: an invalid ID of one item fails only that item, before anything is sent for it', async () => {
		stubs.vocu
			.on('GET', `/api/voice/${IDS.voice}`)
			.reply(200, { status: 200, message: 'OK', data: { id: IDS.voice } });
		const { items } = await run(
			{
				resource: 'voice',
				operation: 'get',
				voiceId: byId(`={{ $json.index === 1 ? "../account/info" : "${IDS.voice}" }}`),
			},
			{ items: await inputItems(2), settings: { continueOnFail: true } },
		);
		expect(items.map((item) => item.json.error ?? item.json.id)).toEqual([
			IDS.voice,
			"'Voice' is not a valid Vocu ID [item 1]",
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(stubs.vocu.requests).toHaveLength(1);
	});
});
