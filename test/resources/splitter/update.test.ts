import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/splitter.update.json';

const splitterId = fixture.request.pathParams.id;
const params = (updateFields: Record<string, string>) => ({
	resource: 'splitter',
	operation: 'update',
	splitterId: { __rl: true, mode: 'id', value: splitterId },
	updateFields,
});

describe('Splitter → Update', () => {
	const vocu = useStubServer();

	it('posts the changes (null deletes a placeholder) and outputs the merged splitter', async () => {
		vocu
			.on('POST', `/api/splitter/${splitterId}`, { body: fixture.request.body })
			.reply(200, fixture.response.body);
		const { items, error } = await runVocu(
			params({
				name: fixture.request.body.name,
				config: JSON.stringify(fixture.request.body.config),
			}),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('sends a rename alone', async () => {
		vocu
			.on('POST', `/api/splitter/${splitterId}`, { body: { name: 'Renamed' } })
			.reply(200, fixture.response.body);
		expect(
			(await runVocu(params({ name: 'Renamed' }), { credentials: vocuCredentials(vocu.url) }))
				.error,
		).toBeUndefined();
	});

	it('refuses nothing to update and a malformed change', async () => {
		expect(
			(await runVocu(params({}), { credentials: vocuCredentials(vocu.url) })).error?.message,
		).toBe('Nothing to update [item 0]');
		const bad = await runVocu(params({ config: '{"<A>": []}' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(bad.error?.message).toBe(
			"'Configuration Changes' is not a valid splitter configuration [item 0]",
		);
		expect(vocu.requests).toHaveLength(0);
	});

	it('maps TTS_SPLITTER_INVALID (the merged result broke the rules)', async () => {
		vocu
			.on('POST', `/api/splitter/${splitterId}`)
			.reply(400, fixture.errors.find((e) => e.code === 'TTS_SPLITTER_INVALID')?.body);
		const { error } = await runVocu(params({ config: '{"<CharacterA>": null}' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe('The text splitter settings are not valid');
	});
});
