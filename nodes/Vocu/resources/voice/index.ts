import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { addByShareId } from './addByShareId';
import { addStyle } from './addStyle';
import { correctStyleTranscript } from './correctStyleTranscript';
import { create } from './create';
import { deleteVoice } from './delete';
import { deleteStyle } from './deleteStyle';
import { get } from './get';
import { getAll } from './getAll';
import { getShareId } from './getShareId';
import { getStyleTranscript } from './getStyleTranscript';
import { resetStyle } from './resetStyle';
import { setDefaultStyle } from './setDefaultStyle';
import { update } from './update';
import { updateStyle } from './updateStyle';
import { uploadAvatar } from './uploadAvatar';

/** The Voice operations, keyed by operation value, in the order the dropdown shows them (alphabetical). */
export const voiceOperations = {
	addByShareId,
	addStyle,
	correctStyleTranscript,
	create,
	delete: deleteVoice,
	deleteStyle,
	get,
	getAll,
	getShareId,
	getStyleTranscript,
	resetStyle,
	setDefaultStyle,
	update,
	updateStyle,
	uploadAvatar,
};

export const voiceDescription: INodeProperties[] = resourceDescription(
	'voice',
	voiceOperations,
	'get',
);
