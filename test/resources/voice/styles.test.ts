import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import addStyleFixture from '../../fixtures/api/voice.addStyle.json';
import deleteStyleFixture from '../../fixtures/api/voice.deleteStyle.json';
import avatarFixture from '../../fixtures/api/voice.uploadAvatar.json';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const errorBody = (fixture: { errors: Array<{ code: string | null; body: unknown }> }, code: string) =>
	fixture.errors.find((e) => e.code === code)?.body;

describe('Voice → Add Style', () => {
	const voiceId = addStyleFixture.request.pathParams.id;
	const path = `/api/voice/${voiceId}/prompt`;
	const sample = Buffer.from('ID3 fake happy style sample');
	const params = (extra: Record<string, unknown> = {}) => ({
		resource: 'voice',
		operation: 'addStyle',
		voiceId: byId(voiceId),
		styleName: 'Happy',
		binaryPropertyName: 'data',
		...extra,
	});
	const sampleItem = async (data = sample, mimeType = 'audio/mpeg', fileName = 'happy.mp3') => ({
		json: {},
		binary: { data: await binaryInput(data, mimeType, fileName) },
	});

	const vocu = useStubServer();

	it('posts the style sample as a data URL and outputs the voice with the new style ID', async () => {
		vocu
			.on('POST', path, {
				body: {
					name: 'Happy',
					prompt: `data:audio/mpeg;base64,${sample.toString('base64')}`,
					description: 'Happy emotional style',
					language: 'ja',
					vocalFilter: true,
				},
			})
			.reply(200, addStyleFixture.response.body);
		const { items, error } = await runVocu(
			params({ language: 'ja', vocalFilter: true, additionalFields: { description: 'Happy emotional style' } }),
			{ credentials: vocuCredentials(vocu.url), items: [await sampleItem()] },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { ...addStyleFixture.response.body.data, addedStyleId: '238ab849-ac1b-408f-97dc-02645f3fb62d' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('says the voice is still being created on 409', async () => {
		vocu.on('POST', path).reply(409, errorBody(addStyleFixture, 'VOICE_CREATING'));
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url), items: [await sampleItem()] });
		expect(error?.message).toBe('The voice is still being created');
		expect((error as unknown as { httpCode: string }).httpCode).toBe('409');
	});

	it('says the voice failed to be created on 400 VOICE_CREATE_FAILED', async () => {
		vocu.on('POST', path).reply(400, errorBody(addStyleFixture, 'VOICE_CREATE_FAILED'));
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url), items: [await sampleItem()] });
		expect(error?.message).toBe('The voice failed to be created and cannot be used');
	});

	it('says the voice does not exist on 404, even without a Vocu error code', async () => {
		vocu.on('POST', path).reply(404, { status: 404, message: 'Not Found' });
		const { error } = await runVocu(params(), { credentials: vocuCredentials(vocu.url), items: [await sampleItem()] });
		expect(error?.message).toBe('The voice does not exist in this account');
	});

	it('refuses a sample over 20 MB without sending it', async () => {
		const big = Buffer.alloc(20 * 1024 * 1024 + 1, 1);
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem(big, 'audio/wav', 'long.wav')],
		});
		expect(error?.message).toBe('Style sample: "data" in item 0 is 20.0 MB, over Vocu\'s 20.0 MB limit');
		expect(vocu.requests).toEqual([]);
	});

	it('refuses a missing binary field and an empty style name without sending', async () => {
		let run = await runVocu(params({ binaryPropertyName: 'style' }), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(run.error?.message).toBe('Style sample: item 0 has no binary field "style"');
		run = await runVocu(params({ styleName: '={{ $json.style }}' }), {
			credentials: vocuCredentials(vocu.url),
			items: [{ ...(await sampleItem()), json: { style: ' ' } }],
		});
		expect(run.error?.message).toBe('"Style Name" is empty (item 0)');
		expect(vocu.requests).toEqual([]);
	});
});

describe('Voice → Upload Avatar', () => {
	const voiceId = avatarFixture.request.pathParams.id;
	const path = `/api/voice/${voiceId}/avatar`;
	const image = Buffer.from('RIFF....WEBPVP8 fake image');
	const params = { resource: 'voice', operation: 'uploadAvatar', voiceId: byId(voiceId), binaryPropertyName: 'image' };
	const imageItem = async (data = image, mimeType = 'image/webp', fileName = 'face.webp') => ({
		json: {},
		binary: { image: await binaryInput(data, mimeType, fileName) },
	});

	const vocu = useStubServer();

	it('posts {avatar: data URL} with the image type and outputs the voice', async () => {
		vocu
			.on('POST', path, { body: { avatar: `data:image/webp;base64,${image.toString('base64')}` } })
			.reply(200, avatarFixture.response.body);
		const { items, error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem()],
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: avatarFixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('takes the type from the file extension when n8n only knew octet-stream', async () => {
		vocu
			.on('POST', path, { body: { avatar: `data:image/jpeg;base64,${image.toString('base64')}` } })
			.reply(200, avatarFixture.response.body);
		const { error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem(image, 'application/octet-stream', 'face.jpg')],
		});
		expect(error).toBeUndefined();
	});

	it('refuses an image over 10 MB, and a file that is not an image, before sending', async () => {
		let run = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem(Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'image/png', 'huge.png')],
		});
		expect(run.error?.message).toBe('Avatar image: "image" in item 0 is 10.0 MB, over Vocu\'s 10.0 MB limit');
		run = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem(image, 'audio/mpeg', 'song.mp3')],
		});
		expect(run.error?.message).toBe('Avatar image: "image" in item 0 is audio/mpeg');
		expect(run.error?.description).toBe('Accepted types: image/png, image/jpeg, image/webp.');
		expect(vocu.requests).toEqual([]);
	});

	it('names the item whose binary is missing, and goes on with Continue On Fail', async () => {
		vocu
			.on('POST', path, { body: { avatar: `data:image/webp;base64,${image.toString('base64')}` } })
			.reply(200, avatarFixture.response.body);
		const { items, error } = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem(), { json: {} }],
			settings: { continueOnFail: true },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(voiceId);
		expect(items[1].json.error).toBe('Avatar image: item 1 has no binary field "image"');
		expect(vocu.requests).toHaveLength(1);
	});
});

describe('Voice → Delete Style', () => {
	const voiceId = deleteStyleFixture.request.pathParams.id;
	const styleId = deleteStyleFixture.request.pathParams.promptId;
	const params = { resource: 'voice', operation: 'deleteStyle', voiceId: byId(voiceId), styleId };

	const vocu = useStubServer();

	it('deletes the style and outputs the voice with its remaining styles only', async () => {
		const data = deleteStyleFixture.response.body.data;
		const withFlag = {
			...data,
			metadata: {
				...data.metadata,
				prompts: [...data.metadata.prompts, { id: 'older', name: 'Older', deleted: true }],
			},
		};
		vocu
			.on('DELETE', `/api/voice/${voiceId}/prompt/${styleId}`)
			.reply(200, { status: 200, message: 'OK', data: withFlag });
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect((items[0].json.metadata as { prompts: Array<{ id: string }> }).prompts.map((p) => p.id)).toEqual([
			'92dba043-b13e-4dd5-90bc-acb0d53a9661',
		]);
		expect(items[0]).toMatchObject({ json: { id: voiceId, name: 'Miu Yan' }, pairedItem: { item: 0 } });
	});

	it('keeps market: voice IDs intact in the path', async () => {
		const market = 'market:72a66b7e-424e-4646-a3f2-165c606ee759';
		vocu.on('DELETE', `/api/voice/${market}/prompt/${styleId}`).reply(403, {
			status: 403,
			code: 'AUTH_FORBIDDEN',
			message: 'Access forbidden.',
		});
		const { error } = await runVocu({ ...params, voiceId: byId(market) }, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('This account may not change that resource');
	});

	it('refuses the default style locally with a clear error', async () => {
		const { error } = await runVocu({ ...params, styleId: 'default' }, { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe('The default style of a voice cannot be deleted (item 0)');
		expect(error?.description).toContain('Voice → Delete');
		expect(vocu.requests).toEqual([]);
	});

	it('refuses a style that an expression left empty without sending', async () => {
		const { error } = await runVocu(
			{ ...params, styleId: '={{ $json.styleId }}' },
			{ credentials: vocuCredentials(vocu.url), items: [{ json: { styleId: '' } }] },
		);
		expect(error?.message).toBe('"Style" is empty (item 0)');
		expect(vocu.requests).toEqual([]);
	});
});
