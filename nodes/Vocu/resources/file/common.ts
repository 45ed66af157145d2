import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { SAFE_ID } from '../../shared/validation';

export const MIB = 1024 * 1024;

/** Create Upload and Upload Training Archive both start with a new ZIP upload. */
export const NEW_ZIP_UPLOAD = { body: { type: 'zip' } };

export const uploadIdField: INodeProperties = {
	displayName: 'Upload ID',
	name: 'uploadId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 263cd424-d57e-4e9a-9cc0-9a1f07cc97bb',
	description: 'The uploadId output by File → Create Upload',
};

/** The upload ID in Vocu's answer to a new upload (`data.id`), checked to be a Vocu ID. */
export function uploadIdOf(context: IExecuteSingleFunctions, body: unknown): string {
	const data = ((body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	const id = typeof data.id === 'string' ? data.id.trim() : '';
	if (!SAFE_ID.test(id)) {
		throw new NodeApiError(
			context.getNode(),
			{ missing: 'data.id' },
			{
				message: 'Vocu did not return an upload ID',
				description:
					'Vocu answered the new-upload request without data.id. Retry; if it persists, contact Vocu support.',
				itemIndex: context.getItemIndex(),
			},
		);
	}
	return id;
}

/** The Upload ID field, checked to be a Vocu ID before anything is sent. */
export function uploadIdParameter(context: IExecuteSingleFunctions): string {
	const itemIndex = context.getItemIndex();
	const uploadId = String(context.getNodeParameter('uploadId', '') ?? '').trim();
	if (!SAFE_ID.test(uploadId)) {
		throw new NodeOperationError(
			context.getNode(),
			`'Upload ID' is empty or not a Vocu ID [item ${itemIndex}]`,
			{
				description: 'Use the uploadId output by File → Create Upload.',
				itemIndex,
			},
		);
	}
	return uploadId;
}

/** Vocu's finish answer may carry an ID; kept when it differs from the upload ID so nothing is lost. */
export function finishedId(uploadId: string, body: IDataObject | undefined): IDataObject {
	const id = ((body?.data ?? {}) as IDataObject).id;
	return typeof id === 'string' && id !== uploadId ? { finishedId: id } : {};
}
