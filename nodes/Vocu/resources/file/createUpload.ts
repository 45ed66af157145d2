import type { PostReceiveHook } from '../../shared/routing/hooks';
import { API_PATHS } from '../../shared/constants';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { NEW_ZIP_UPLOAD, uploadIdOf } from './common';

/** The new upload's ID. */
export const outputUploadId: PostReceiveHook = async function (_items, response) {
	return [{ json: { uploadId: uploadIdOf(this, response.body) } }];
};

export const createUpload: VocuOperation = operation({
	name: 'Create Upload',
	action: 'Create chunked upload',
	description:
		'Start a chunked upload of a ZIP training archive (step 1 of 3); outputs its uploadId',
	method: 'POST',
	path: API_PATHS.uploadNewFile,
	request: NEW_ZIP_UPLOAD,
	postReceive: [outputUploadId],
});
