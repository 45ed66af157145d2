import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { API_PATHS } from '../../shared/constants';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { finishedId, uploadIdField, uploadIdParameter } from './common';

/** `{ id }` from the Upload ID field, checked before sending. */
export const sendUploadIdAsBody: PreSendHook = async function (requestOptions) {
	requestOptions.body = { id: uploadIdParameter(this) };
	return requestOptions;
};

/** The finished upload's ID, ready to be used as the training archive of Voice → Create. */
export const outputFinishedUpload: PostReceiveHook = async function (_items, response) {
	const uploadId = uploadIdParameter(this);
	return [
		{ json: { uploadId, ...finishedId(uploadId, response.body as IDataObject), success: true } },
	];
};

export const finishUpload: VocuOperation = operation({
	name: 'Finish Upload',
	action: 'Finish chunked upload',
	description:
		'Complete a chunked upload after all its chunks are sent (step 3 of 3); outputs the uploadId to use as the training archive (lora) of Voice → Create',
	method: 'POST',
	path: API_PATHS.uploadFinish,
	preSend: [sendUploadIdAsBody],
	postReceive: [outputFinishedUpload],
	fields: [uploadIdField],
});
