import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { marketVoice } from '../../harness/voices';
import listFixture from '../../fixtures/api/voice.list.json';

const [sai, che] = listFixture.response.body.data;
const ownVoices = [
	{ ...sai, version: 'v3.0', from: 'upload' },
	{ ...che, version: 'v2.0', from: 'upload' },
];

describe('Voice → Get Many', () => {
	const vocu = useStubServer();

	const params = (extra: Record<string, unknown> = {}) => ({
		resource: 'voice',
		operation: 'getAll',
		...extra,
	});

	it('lists own voices, simplified by default and without market voices', async () => {
		vocu
			.on('GET', '/api/voice', { query: { showMarket: 'false' } })
			.reply(200, listFixture.response.body);
		const { items, error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(vocu.requests[0].query).toEqual({ showMarket: 'false' });
		expect(items).toEqual([
			{
				json: {
					id: sai.id,
					name: 'Sai Guolan',
					status: 'pending',
					version: undefined,
					from: undefined,
					styles: [{ id: '4dd2f015-1c9d-403e-8ef0-23ca76b8ebad', name: 'Brave' }],
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					id: che.id,
					name: 'Che Ziyan',
					status: 'lora-success',
					version: undefined,
					from: undefined,
					styles: [
						{ id: 'c6955615-18cb-4189-8207-1e7b06a07c10', name: 'Cold' },
						{ id: 'a5c925ad-ea35-4d89-ae06-c4e538c617e3', name: 'Bitter' },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('includes market voices when asked, hides deleted styles, and cuts the list at Limit', async () => {
		vocu
			.on('GET', '/api/voice', { query: { showMarket: 'true' } })
			.reply(200, { status: 200, message: 'OK', data: [marketVoice, ...ownVoices] });
		const { items, error } = await runVocu(params({ showMarket: true, limit: 2 }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				id: marketVoice.id,
				name: 'Market Star',
				status: 'pending',
				version: 'v3.0',
				from: 'market',
				styles: [{ id: 'default', name: 'Default Style' }],
			},
			expect.objectContaining({ id: sai.id, version: 'v3.0', from: 'upload' }),
		]);
	});

	it('returns all full voices with Simplify off and Return All on', async () => {
		vocu
			.on('GET', '/api/voice')
			.reply(200, { status: 200, message: 'OK', data: [marketVoice, ...ownVoices] });
		const { items } = await runVocu(
			params({ returnAll: true, simplify: false, showMarket: true }),
			{
				credentials: vocuCredentials(vocu.url),
			},
		);
		expect(items.map((item) => item.json)).toEqual([
			{ ...marketVoice, metadata: { prompts: [marketVoice.metadata.prompts[0]] } },
			...ownVoices,
		]);
	});

	it('keeps the voices whose name contains Name Contains (not case-sensitive), before Limit', async () => {
		vocu
			.on('GET', '/api/voice')
			.reply(200, { status: 200, message: 'OK', data: [marketVoice, ...ownVoices] });
		const { items, error } = await runVocu(
			params({ filters: { nameContains: ' zIYAN ' }, limit: 1 }),
			{
				credentials: vocuCredentials(vocu.url),
			},
		);
		expect(error).toBeUndefined();
		expect(vocu.requests).toHaveLength(1);
		expect(items.map((item) => [item.json.id, item.json.name])).toEqual([[che.id, 'Che Ziyan']]);

		vocu.on('GET', '/api/voice').reply(200, { status: 200, message: 'OK', data: ownVoices });
		const none = await runVocu(params({ filters: { nameContains: 'Nobody' } }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(none.error).toBeUndefined();
		expect(none.items).toEqual([]);
	});

	it('asks Vocu for clones in training and one model version when those filters are set', async () => {
		vocu
			.on('GET', '/api/voice', { query: { showMarket: 'false', show: 'full', version: 'v4.0' } })
			.reply(200, listFixture.response.body);
		const { items, error } = await runVocu(
			params({ filters: { includeTraining: true, version: 'v4.0' } }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests[0].query).toEqual({ showMarket: 'false', show: 'full', version: 'v4.0' });
		expect(items).toHaveLength(2);

		vocu.on('GET', '/api/voice').reply(200, listFixture.response.body);
		await runVocu(params({ filters: { includeTraining: false } }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(vocu.requests[1].query).toEqual({ showMarket: 'false' });
	});

	it('outputs nothing for an account without voices', async () => {
		vocu.on('GET', '/api/voice').reply(200, { status: 200, message: 'OK', data: [] });
		const { items, error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});
});
