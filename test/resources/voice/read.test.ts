import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import deleteFixture from '../../fixtures/api/voice.delete.json';
import getFixture from '../../fixtures/api/voice.get.json';
import shareFixture from '../../fixtures/api/voice.getShareId.json';
import listFixture from '../../fixtures/api/voice.list.json';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'Some voice' });

const [sai, che] = listFixture.response.body.data;
const marketVoice = {
	id: 'market:5b0e7c4e-8a51-4a43-a3a4-2b0fb1ee0c11',
	name: 'Market Star',
	status: 'pending',
	version: 'v3.0',
	from: 'market',
	metadata: {
		prompts: [
			{ id: 'default', name: 'Default Style' },
			{ id: 'f0b4c1d2-0000-4000-8000-000000000001', name: 'Retired', deleted: true },
		],
	},
};
const ownVoices = [
	{ ...sai, version: 'v3.0', from: 'upload' },
	{ ...che, version: 'v2.0', from: 'upload' },
];

describe('Voice → Get Many', () => {
	const vocu = useStubServer();

	const params = (extra: Record<string, unknown> = {}) => ({ resource: 'voice', operation: 'getAll', ...extra });

	it('lists own voices, simplified by default and without market voices', async () => {
		vocu.on('GET', '/api/voice', { query: { showMarket: 'false' } }).reply(200, listFixture.response.body);
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
		const { items } = await runVocu(params({ returnAll: true, simplify: false, showMarket: true }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(items.map((item) => item.json)).toEqual([
			{ ...marketVoice, metadata: { prompts: [marketVoice.metadata.prompts[0]] } },
			...ownVoices,
		]);
	});

	it('outputs nothing for an account without voices', async () => {
		vocu.on('GET', '/api/voice').reply(200, { status: 200, message: 'OK', data: [] });
		const { items, error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});
});

describe('Voice → Get, Get Share ID, Delete', () => {
	const vocu = useStubServer();

	const voiceId = getFixture.request.pathParams.id;

	it('gets a voice with deleted styles hidden', async () => {
		const data = getFixture.response.body.data;
		const prompts = data.metadata.prompts;
		const withDeleted = {
			...data,
			metadata: { ...data.metadata, prompts: [prompts[0], { ...prompts[1], deleted: true }, prompts[2]] },
		};
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, { status: 200, message: 'OK', data: withDeleted });
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'get', voiceId: fromList(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { ...data, metadata: { ...data.metadata, prompts: [prompts[0], prompts[2]] } }, pairedItem: { item: 0 } },
		]);
	});

	it('gets a purchased market voice by its market: ID', async () => {
		vocu.on('GET', `/api/voice/${marketVoice.id}`).reply(200, { status: 200, message: 'OK', data: marketVoice });
		const { items } = await runVocu(
			{ resource: 'voice', operation: 'get', voiceId: byId(marketVoice.id) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items[0].json.id).toBe(marketVoice.id);
	});

	it('says the voice does not exist on 404', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found.' });
		const { error } = await runVocu(
			{ resource: 'voice', operation: 'get', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('The voice does not exist in this account');
		expect(error?.description).toContain('Code: VOICE_NOT_FOUND');
	});

	it('refuses a voice ID that cannot be one without sending', async () => {
		const { error } = await runVocu(
			{ resource: 'voice', operation: 'get', voiceId: byId('={{ "../account/info" }}') },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('"Voice" is not a valid Vocu ID (item 0)');
		expect(vocu.requests).toEqual([]);
	});

	it('gets a share ID as { voiceId, shareId }', async () => {
		vocu.on('GET', `/api/voice/${voiceId}/share`).reply(200, shareFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: { voiceId, shareId: shareFixture.response.body.data.shareId }, pairedItem: { item: 0 } },
		]);
	});

	it('accepts a share ID at the top level of the answer', async () => {
		vocu.on('GET', `/api/voice/${voiceId}/share`).reply(200, { status: 200, message: 'OK', shareId: 'top-level-id' });
		const { items } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items[0].json).toEqual({ voiceId, shareId: 'top-level-id' });
	});

	it('fails clearly when the answer has no share ID', async () => {
		vocu.on('GET', `/api/voice/${voiceId}/share`).reply(200, { status: 200, message: 'OK', data: {} });
		const { error } = await runVocu(
			{ resource: 'voice', operation: 'getShareId', voiceId: byId(voiceId) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu answered without a share ID');
	});

	it('deletes a voice and outputs { success, voiceId }', async () => {
		const id = deleteFixture.request.pathParams.id;
		vocu.on('DELETE', `/api/voice/${id}`).reply(200, deleteFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'delete', voiceId: byId(id) },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(vocu.requests[0].raw.length).toBe(0);
		expect(items).toEqual([{ json: { success: true, voiceId: id }, pairedItem: { item: 0 } }]);
	});

	it('deletes one voice per input item and reports a missing one as an error item', async () => {
		vocu.on('DELETE', '/api/voice/9f011950-f143-4eb7-abbb-90e0b66874ea').reply(200, deleteFixture.response.body);
		vocu
			.on('DELETE', '/api/voice/11111111-2222-4333-8444-555555555555')
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found.' });
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'delete', voiceId: byId('={{ $json.id }}') },
			{
				credentials: vocuCredentials(vocu.url),
				items: [
					{ json: { id: '9f011950-f143-4eb7-abbb-90e0b66874ea' } },
					{ json: { id: '11111111-2222-4333-8444-555555555555' } },
				],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items[0]).toEqual({
			json: { success: true, voiceId: '9f011950-f143-4eb7-abbb-90e0b66874ea' },
			pairedItem: { item: 0 },
		});
		expect(items[1].json.error).toBe('The voice does not exist in this account');
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
