import { runVocu, vocuCredentials } from '../../harness/runNode';
import { NEW_FILE } from '../../harness/multipart';
import { useStubServer } from '../../harness/stubServer';
import newFileFixture from '../../fixtures/api/file.multipartNewFile.json';

const uploadId = newFileFixture.response.body.data.id;

describe('File → Create Upload', () => {
	const vocu = useStubServer();

	it('creates a ZIP upload and outputs its ID', async () => {
		vocu.on('POST', NEW_FILE, { body: { type: 'zip' } }).reply(200, newFileFixture.response.body);
		const { items, error } = await runVocu(
			{ resource: 'file', operation: 'createUpload' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { uploadId }, pairedItem: { item: 0 } }]);
	});
});
