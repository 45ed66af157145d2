import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import addStyleFixture from '../../fixtures/api/voice.addStyle.json';

const errorBody = (
	fixture: { errors: Array<{ code: string | null; body: unknown }> },
	code: string,
) => fixture.errors.find((e) => e.code === code)?.body;

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
			params({
				language: 'ja',
				vocalFilter: true,
				additionalFields: { description: 'Happy emotional style' },
			}),
			{ credentials: vocuCredentials(vocu.url), items: [await sampleItem()] },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					...addStyleFixture.response.body.data,
					addedStyleId: '238ab849-ac1b-408f-97dc-02645f3fb62d',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('says the voice is still being created on 409', async () => {
		vocu.on('POST', path).reply(409, errorBody(addStyleFixture, 'VOICE_CREATING'));
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(error?.message).toBe('The voice is still being created');
		expect((error as unknown as { httpCode: string }).httpCode).toBe('VOICE_CREATING (HTTP 409)');
	});

	it('says the voice failed to be created on 400 VOICE_CREATE_FAILED', async () => {
		vocu.on('POST', path).reply(400, errorBody(addStyleFixture, 'VOICE_CREATE_FAILED'));
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(error?.message).toBe('The voice failed to be created and cannot be used');
	});

	it('says the voice does not exist on 404, even without a Vocu error code', async () => {
		vocu.on('POST', path).reply(404, { status: 404, message: 'Not Found' });
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(error?.message).toBe('The voice does not exist in this account');
	});

	it('refuses a sample over 20 MB without sending it', async () => {
		const big = Buffer.alloc(20 * 1024 * 1024 + 1, 1);
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem(big, 'audio/wav', 'long.wav')],
		});
		expect(error?.message).toBe(
			"Style sample: 'data' is 20.0 MB, over Vocu's 20.0 MB limit [item 0]",
		);
		expect(vocu.requests).toEqual([]);
	});

	it('refuses a missing binary field and an empty style name without sending', async () => {
		let run = await runVocu(params({ binaryPropertyName: 'style' }), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(run.error?.message).toBe("Style sample: the item has no binary field 'style' [item 0]");
		run = await runVocu(params({ styleName: '={{ $json.style }}' }), {
			credentials: vocuCredentials(vocu.url),
			items: [{ ...(await sampleItem()), json: { style: ' ' } }],
		});
		expect(run.error?.message).toBe("'Style Name' is empty [item 0]");
		expect(vocu.requests).toEqual([]);
	});
});
