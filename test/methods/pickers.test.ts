import type { NodeParameterValueType } from 'n8n-workflow';

import { getVoiceStyles } from '../../nodes/Vocu/methods/loadOptions';
import { searchVoices } from '../../nodes/Vocu/methods/listSearch';
import { pickerContext } from '../harness/pickerContext';
import { TEST_API_KEY, useStubServer } from '../harness/stubServer';
import getFixture from '../fixtures/api/voice.get.json';

const voices = [
	{
		id: 'market:5b0e7c4e-8a51-4a43-a3a4-2b0fb1ee0c11',
		name: 'Market Star',
		status: 'pending',
		version: 'v3.0',
	},
	{
		id: '9f011950-f143-4eb7-abbb-90e0b66874ea',
		name: 'Zhen Xia',
		status: 'lora-success',
		version: 'v3.0',
	},
	{
		id: 'ac68e5c9-25d6-4024-b42e-9777c6277b14',
		name: 'Sai Guolan',
		status: 'creating',
		version: 'v4.0',
	},
];

describe('Voice picker (searchVoices)', () => {
	const vocu = useStubServer();

	const context = () =>
		pickerContext(
			vocu.url,
			{ resource: 'voice', operation: 'get', voiceId: { __rl: true, mode: 'list', value: '' } },
			'parameters.voiceId',
		);

	it('lists own and market voices with the key, labelling market and unusable voices', async () => {
		vocu
			.on('GET', '/api/voice', { query: { showMarket: 'true' } })
			.reply(200, { status: 200, message: 'OK', data: voices });
		expect(await searchVoices.call(context())).toEqual({
			results: [
				{ name: 'Market Star (Market, v3.0) · 5b0e7c4e', value: voices[0].id },
				{ name: 'Zhen Xia (v3.0) · 9f011950', value: voices[1].id },
				{ name: 'Sai Guolan (v4.0, creating) · ac68e5c9', value: voices[2].id },
			],
		});
		expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
	});

	it('leaves out voices that cannot speak yet where the voice is used to speak', async () => {
		const failed = {
			id: '042391f5-5887-403f-a42c-1a67680625bc',
			name: 'Failed Clone',
			status: 'failed',
			version: 'v3.0',
		};
		const awaiting = {
			id: '6a1d0c1e-0000-4000-8000-000000000001',
			name: 'Reuploading',
			status: 'lora-awaiting-auto-reupload',
		};
		vocu
			.on('GET', '/api/voice')
			.times(2)
			.reply(200, { status: 200, message: 'OK', data: [...voices, failed, awaiting] });
		for (const resource of ['speech', 'task']) {
			const speaking = pickerContext(
				vocu.url,
				{
					resource,
					operation: resource === 'speech' ? 'generate' : 'create',
					voiceId: { __rl: true, mode: 'list', value: '' },
				},
				'parameters.voiceId',
			);
			expect((await searchVoices.call(speaking)).results).toEqual([
				{ name: 'Market Star (Market, v3.0) · 5b0e7c4e', value: voices[0].id },
				{ name: 'Zhen Xia (v3.0) · 9f011950', value: voices[1].id },
				{ name: 'Reuploading · 6a1d0c1e', value: awaiting.id },
			]);
		}
	});

	it('tells two voices of the same name apart by the start of their ID and a Shared tag', async () => {
		const twin = { ...voices[1], id: '11111111-2222-4333-8444-555555555555', from: 'library' };
		vocu
			.on('GET', '/api/voice')
			.reply(200, { status: 200, message: 'OK', data: [voices[1], twin] });
		const names = (await searchVoices.call(context())).results.map((result) => result.name);
		expect(names).toEqual(['Zhen Xia (v3.0) · 9f011950', 'Zhen Xia (Shared, v3.0) · 11111111']);
	});

	it('filters by name or ID, ignoring case', async () => {
		vocu.on('GET', '/api/voice').times(2).reply(200, { status: 200, message: 'OK', data: voices });
		expect((await searchVoices.call(context(), 'zhen')).results.map((r) => r.value)).toEqual([
			voices[1].id,
		]);
		expect((await searchVoices.call(context(), 'AC68E5C9')).results.map((r) => r.value)).toEqual([
			voices[2].id,
		]);
	});

	it('shows a mapped Vocu error when the key is rejected', async () => {
		vocu
			.on('GET', '/api/voice')
			.reply(401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized.' });
		await expect(searchVoices.call(context())).rejects.toThrow('Vocu rejected the API key');
	});
});

describe('Style dropdown (getVoiceStyles)', () => {
	const vocu = useStubServer();

	const context = (voiceId: NodeParameterValueType) =>
		pickerContext(
			vocu.url,
			{ resource: 'voice', operation: 'deleteStyle', voiceId, styleId: '' },
			'parameters.styleId',
		);

	const voiceId = getFixture.request.pathParams.id;

	it('loads the styles of the chosen voice, hides deleted ones and offers Default first', async () => {
		const data = getFixture.response.body.data;
		const [relaxed, happy, brave] = data.metadata.prompts;
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, {
			status: 200,
			message: 'OK',
			data: {
				...data,
				metadata: { ...data.metadata, prompts: [relaxed, { ...happy, deleted: true }, brave] },
			},
		});
		const options = await getVoiceStyles.call(
			context({ __rl: true, mode: 'list', value: voiceId }),
		);
		expect(options).toEqual([
			{ name: 'Default', value: 'default' },
			{ name: 'Relaxed', value: relaxed.id, description: 'Relaxed emotional style' },
			{ name: 'Brave', value: brave.id, description: 'Brave emotional style' },
		]);
		expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
	});

	it("labels the voice's own default style and does not add a second one", async () => {
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, {
			status: 200,
			message: 'OK',
			data: {
				id: voiceId,
				metadata: {
					prompts: [
						{ id: 'default', name: 'Default Style' },
						{ id: 's1', name: 'Calm' },
					],
				},
			},
		});
		const options = await getVoiceStyles.call(context({ __rl: true, mode: 'id', value: voiceId }));
		expect(options).toEqual([
			{ name: 'Default Style (Default)', value: 'default', description: undefined },
			{ name: 'Calm', value: 's1', description: undefined },
		]);
	});

	it('offers only Default, without asking Vocu, before a voice is chosen or while it is an expression', async () => {
		expect(await getVoiceStyles.call(context({ __rl: true, mode: 'list', value: '' }))).toEqual([
			{ name: 'Default', value: 'default' },
		]);
		expect(
			await getVoiceStyles.call(context({ __rl: true, mode: 'id', value: '={{ $json.voiceId }}' })),
		).toEqual([{ name: 'Default', value: 'default' }]);
		expect(vocu.requests).toEqual([]);
	});

	it('asks Vocu nothing while a voice ID is typed, and says what the list is waiting for', async () => {
		for (const partial of ['A', 'Anna', '0', voiceId.slice(0, -1), `${voiceId}x`]) {
			const options = await getVoiceStyles.call(
				context({ __rl: true, mode: 'id', value: partial }),
			);
			expect(options).toEqual([
				{ name: 'Default', value: 'default', description: expect.stringMatching(/whole voice ID/) },
			]);
		}
		expect(vocu.requests).toEqual([]);
	});

	it('says in the list which voice is gone, and what to do, when Vocu answers 404', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Not Found' });
		const options = await getVoiceStyles.call(context({ __rl: true, mode: 'id', value: voiceId }));
		expect(options).toEqual([
			{
				name: 'Default',
				value: 'default',
				description:
					'This voice is not in this Vocu account (deleted or mistyped): choose another one.',
			},
		]);
		vocu.done();
	});

	it("keeps Vocu's explanation for other failures", async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(401, { status: 401, code: 'AUTH_UNAUTHORIZED', message: 'Unauthorized.' });
		await expect(
			getVoiceStyles.call(context({ __rl: true, mode: 'id', value: voiceId })),
		).rejects.toThrow('Vocu rejected the API key');
	});
});
