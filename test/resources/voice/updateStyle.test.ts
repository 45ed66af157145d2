import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.updateStyleInfo.json';

const voiceId = fixture.request.pathParams.id;
const voice = fixture.response.body.data;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const params = (styleId: string, updateFields: Record<string, string>) => ({
	resource: 'voice',
	operation: 'updateStyle',
	voiceId: byId(voiceId),
	styleId,
	updateFields,
});
const errorBody = (code: string) => fixture.errors.find((e) => e.code === code)?.body;

describe('Voice → Update Style', () => {
	const vocu = useStubServer();

	it('posts name and description of the style', async () => {
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/default/info`, { body: fixture.request.body })
			.reply(200, fixture.response.body);
		const { items, error } = await runVocu(params('default', fixture.request.body), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: voice, pairedItem: { item: 0 } }]);
	});

	it("keeps the style's description on a rename", async () => {
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, { status: 200, message: 'OK', data: voice });
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/default/info`, {
				body: { name: 'Narration', description: 'Calm narration' },
			})
			.reply(200, fixture.response.body);
		const { error } = await runVocu(params('default', { name: 'Narration' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
	});

	it('refuses a style the voice does not have, naming it, without posting', async () => {
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, { status: 200, data: voice });
		const { error } = await runVocu(params('0b5e1c9a-0000-4000-8000-000000000000', { name: 'x' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe(
			"The voice has no style '0b5e1c9a-0000-4000-8000-000000000000' [item 0]",
		);
	});

	it('maps an unknown style (404 RESOURCE_NOT_FOUND) and a failed voice', async () => {
		const stylePath = `/api/voice/${voiceId}/prompt/default/info`;
		vocu.on('POST', stylePath).reply(404, errorBody('RESOURCE_NOT_FOUND'));
		const missing = await runVocu(params('default', { description: '' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(missing.error?.message).toBe('The resource does not exist');
		vocu.on('POST', stylePath).reply(400, errorBody('VOICE_CREATE_FAILED'));
		const failed = await runVocu(params('default', { description: '' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(failed.error?.message).toBe('The voice failed to be created and cannot be used');
	});
});
