import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { addByShareId } from './addByShareId';
import { addStyle } from './addStyle';
import { create } from './create';
import { deleteVoice } from './delete';
import { deleteStyle } from './deleteStyle';
import { get } from './get';
import { getAll } from './getAll';
import { getShareId } from './getShareId';
import { uploadAvatar } from './uploadAvatar';

/** The Voice operations, keyed by operation value, in the order the dropdown shows them (alphabetical). */
export const voiceOperations = {
	addByShareId,
	addStyle,
	create,
	delete: deleteVoice,
	deleteStyle,
	get,
	getAll,
	getShareId,
	uploadAvatar,
};

export const voiceDescription: INodeProperties[] = resourceDescription('voice', voiceOperations, 'get');
