import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/tts.listPresets.json';

describe('Preset → Get Many', () => {
	const vocu = useStubServer();

	it('lists the presets with a readable name and description beside what Vocu sends', async () => {
		vocu.on('GET', '/api/tts/presets').reply(200, fixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'preset', operation: 'getAll', returnAll: true },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				...fixture.response.body.data[0],
				name: 'v2 Balance',
				description: 'For v2.0 voices: temperature 0.9, top_k 1024, top_p 1',
			},
			{
				...fixture.response.body.data[1],
				name: 'v3 Balance (Pro)',
				description: 'For v3.0 voices (professional clones): temperature 1, top_k 512, top_p 1',
			},
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('stops at Limit', async () => {
		vocu.on('GET', '/api/tts/presets').reply(200, fixture.response.body);
		const { items } = await runVocu(
			{ resource: 'preset', operation: 'getAll', returnAll: false, limit: 1 },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(items.map((item) => item.json.key)).toEqual(['v2_balance']);
	});

	it('maps a rejected key', async () => {
		vocu.on('GET', '/api/tts/presets').reply(401, fixture.errors[0].body);
		const { error } = await runVocu(
			{ resource: 'preset', operation: 'getAll' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu rejected the API key');
	});
});
