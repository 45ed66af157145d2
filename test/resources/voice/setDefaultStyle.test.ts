import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.setDefaultStyle.json';

const voiceId = fixture.request.pathParams.id;
const promoted = fixture.request.pathParams.promptId;
const voice = fixture.response.body.data;
const oldDefault = {
	...voice.metadata.prompts[0],
	name: 'Calm',
	promptOriginAudioStorageUrl: 'https://storage.vocu.ai/prompt/calm.wav',
};
const happy = {
	id: promoted,
	name: 'Happy',
	promptOriginAudioStorageUrl: 'https://storage.vocu.ai/prompt/happy.wav',
};
const removed = { id: '7a0d1f7e-0000-4000-8000-00000000dead', name: 'Old', deleted: true };
const demotedId = 'c1d2e3f4-1111-4222-8333-944455556666';
const withPrompts = (prompts: unknown[]) => ({
	...voice,
	metadata: { ...voice.metadata, prompts },
});
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const params = (styleId: string) => ({
	resource: 'voice',
	operation: 'setDefaultStyle',
	voiceId: byId(voiceId),
	styleId,
});

describe('Voice → Set Default Style', () => {
	const vocu = useStubServer();

	it('reads the voice, posts without a body and reports the ID swap', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(200, { status: 200, data: withPrompts([oldDefault, happy, removed]) });
		const after = withPrompts([
			{ ...happy, id: 'default' },
			{ ...oldDefault, id: demotedId },
			removed,
		]);
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/${promoted}/default`, {
				check: (r) => expect(r.raw.length).toBeLessThanOrEqual(2),
			})
			.reply(200, { status: 200, data: after });
		const { items, error } = await runVocu(params(promoted), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			changed: true,
			promotedStyleId: promoted,
			previousDefaultStyleId: demotedId,
			styleIdChanges: [
				{ name: 'Happy', before: promoted, after: 'default' },
				{ name: 'Calm', before: 'default', after: demotedId },
			],
			metadata: {
				prompts: [
					{ id: 'default', name: 'Happy' },
					{ id: demotedId, name: 'Calm' },
				],
			},
		});
		expect(vocu.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
	});

	it('finds the former default by its audio when several IDs are new', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(200, { status: 200, data: withPrompts([oldDefault, happy]) });
		const other = {
			id: 'd0000000-1111-4222-8333-944455556666',
			name: 'Added meanwhile',
			promptOriginAudioStorageUrl: 'x',
		};
		vocu.on('POST', `/api/voice/${voiceId}/prompt/${promoted}/default`).reply(200, {
			status: 200,
			data: withPrompts([{ ...happy, id: 'default' }, other, { ...oldDefault, id: demotedId }]),
		});
		const { items } = await runVocu(params(promoted), { credentials: vocuCredentials(vocu.url) });
		expect(items[0].json.previousDefaultStyleId).toBe(demotedId);
	});

	it("says null when Vocu's answer does not list the former default (as in its doc example)", async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.reply(200, { status: 200, data: withPrompts([oldDefault, happy]) });
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/${promoted}/default`)
			.reply(200, fixture.response.body);
		const { items } = await runVocu(params(promoted), { credentials: vocuCredentials(vocu.url) });
		expect(items[0].json).toMatchObject({
			changed: true,
			promotedStyleId: promoted,
			previousDefaultStyleId: null,
		});
	});

	it('reports no change for the style that already is the default', async () => {
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, { status: 200, data: voice });
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/default/default`)
			.reply(200, fixture.response.body);
		const { items } = await runVocu(params('default'), { credentials: vocuCredentials(vocu.url) });
		expect(items[0].json).toMatchObject({
			changed: false,
			previousDefaultStyleId: 'default',
			styleIdChanges: [],
		});
	});

	it('refuses a style the voice does not have and continues on fail', async () => {
		vocu
			.on('GET', `/api/voice/${voiceId}`)
			.times(2)
			.reply(200, { status: 200, data: withPrompts([oldDefault, happy, removed]) });
		vocu
			.on('POST', `/api/voice/${voiceId}/prompt/${promoted}/default`)
			.reply(200, { status: 200, data: voice });
		const { items, error } = await runVocu(
			{ ...params('={{ $json.style }}') },
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { style: removed.id } }, { json: { style: promoted } }],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toBe(`The voice has no style '${removed.id}' [item 0]`);
		expect(items[1].json).toMatchObject({ changed: true, promotedStyleId: promoted });
	});
});
