import { runVocu, vocuCredentials } from '../../harness/runNode';
import { FINISH } from '../../harness/multipart';
import { useStubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';

const uploadId = newFileFixture.response.body.data.id;

describe('File → Finish Upload', () => {
	const vocu = useStubServer();

	it('finishes an upload and outputs the ID to use as the training archive', async () => {
		vocu
			.on('POST', FINISH, { body: { id: uploadId } })
			.reply(200, { status: 200, message: 'OK', data: { id: uploadId } });
		const { items, error } = await runVocu(
			{ resource: 'file', operation: 'finishUpload', uploadId },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { uploadId, success: true }, pairedItem: { item: 0 } }]);
	});

	it('refuses an empty upload ID before sending', async () => {
		const { error } = await runVocu(
			{ resource: 'file', operation: 'finishUpload', uploadId: '  ' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe("'Upload ID' is empty or not a Vocu ID [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});
});
