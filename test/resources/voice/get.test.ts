import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId, fromList } from '../../harness/locators';
import { marketVoice } from '../../harness/voices';
import getFixture from '../../fixtures/api/voice.get.json';

describe('Voice → Get', () => {
	const vocu = useStubServer();

	const voiceId = getFixture.request.pathParams.id;

	it('gets the whole voice with deleted styles hidden (Simplify off)', async () => {
		const data = getFixture.response.body.data;
		const prompts = data.metadata.prompts;
		const withDeleted = {
			...data,
			metadata: {
				...data.metadata,
				prompts: [prompts[0], { ...prompts[1], deleted: true }, prompts[2]],
			},
		};
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(200, { status: 200, message: 'OK', data: withDeleted });
		const { items, error } = await runVocu(
			{
				resource: 'voice',
				operation: 'get',
				voiceId: fromList(voiceId, 'Some voice'),
				simplify: false,
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { ...data, metadata: { ...data.metadata, prompts: [prompts[0], prompts[2]] } },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('returns ID, name, status and the live styles by default (Simplify)', async () => {
		const data = getFixture.response.body.data;
		const prompts = data.metadata.prompts;
		const withDeleted = {
			...data,
			metadata: { ...data.metadata, prompts: [{ ...prompts[0], deleted: true }, prompts[1]] },
		};
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(200, { status: 200, message: 'OK', data: withDeleted });
		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'get', voiceId: fromList(voiceId, 'Some voice') },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					id: data.id,
					name: data.name,
					status: data.status,
					version: undefined,
					from: undefined,
					styles: [{ id: prompts[1].id, name: prompts[1].name }],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('gets a purchased market voice by its market: ID', async () => {
		vocu
			.on('GET', `/api/voice/${marketVoice.id}`)
			.reply(200, { status: 200, message: 'OK', data: marketVoice });
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
		expect(error?.message).toBe("'Voice' is not a valid Vocu ID [item 0]");
		expect(vocu.requests).toEqual([]);
	});
});
