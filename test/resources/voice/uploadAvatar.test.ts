import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { byId } from '../../harness/locators';
import avatarFixture from '../../fixtures/api/voice.uploadAvatar.json';

describe('Voice → Upload Avatar', () => {
	const voiceId = avatarFixture.request.pathParams.id;
	const path = `/api/voice/${voiceId}/avatar`;
	const image = Buffer.from('RIFF....WEBPVP8 fake image');
	const params = {
		resource: 'voice',
		operation: 'uploadAvatar',
		voiceId: byId(voiceId),
		binaryPropertyName: 'image',
	};
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
		expect(run.error?.message).toBe(
			"Avatar image: 'image' is 10.0 MB, over Vocu's 10.0 MB limit [item 0]",
		);
		run = await runVocu(params, {
			credentials: vocuCredentials(vocu.url),
			items: [await imageItem(image, 'audio/mpeg', 'song.mp3')],
		});
		expect(run.error?.message).toBe("Avatar image: 'image' is audio/mpeg [item 0]");
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
		expect(items[1].json.error).toBe("Avatar image: the item has no binary field 'image' [item 1]");
		expect(vocu.requests).toHaveLength(1);
	});
});
