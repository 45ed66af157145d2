import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.resetStyle.json';

const voiceId = fixture.request.pathParams.id;
const path = (styleId: string) => `/api/voice/${voiceId}/prompt/${styleId}/reset`;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const params = (styleId: string, extra: Record<string, unknown> = {}) => ({
	resource: 'voice',
	operation: 'resetStyle',
	voiceId: byId(voiceId),
	styleId,
	...extra,
});

describe('Voice → Reset Style', () => {
	const vocu = useStubServer();

	it('always sends enhance and vocalFilter (Vocu overwrites both) and outputs the voice', async () => {
		vocu
			.on('POST', path('default'), { body: { enhance: false, vocalFilter: false } })
			.reply(200, fixture.response.body);
		const { items, error } = await runVocu(params('default'), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('sends the chosen settings', async () => {
		vocu
			.on('POST', path('default'), { body: { enhance: true, vocalFilter: true } })
			.reply(200, fixture.response.body);
		const { error } = await runVocu(params('default', { enhance: true, vocalFilter: true }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
	});

	it("says so when Vocu's 200 shows the style does not exist (Vocu does not check the style ID)", async () => {
		const unknown = '5b1f0c9a-0000-4000-8000-000000000000';
		vocu.on('POST', path(unknown)).reply(200, fixture.response.body);
		const { error } = await runVocu(params(unknown), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe(`The voice has no style '${unknown}'; nothing was reset [item 0]`);
	});

	it('maps 409 VOICE_CREATING', async () => {
		vocu
			.on('POST', path('default'))
			.reply(409, fixture.errors.find((e) => e.code === 'VOICE_CREATING')?.body);
		const { error } = await runVocu(params('default'), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The voice is still being created');
	});
});
