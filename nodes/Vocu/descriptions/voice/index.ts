import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../shared/fields';
import { addByShareId } from './addByShareId';
import { addStyle } from './addStyle';
import type { VoiceOperation } from './common';
import { create } from './create';
import { deleteVoice } from './delete';
import { deleteStyle } from './deleteStyle';
import { get } from './get';
import { getAll } from './getAll';
import { getShareId } from './getShareId';
import { uploadAvatar } from './uploadAvatar';

/** In the order the Operation dropdown shows them (alphabetical). */
const operations: VoiceOperation[] = [
	addByShareId,
	addStyle,
	create,
	deleteVoice,
	deleteStyle,
	get,
	getAll,
	getShareId,
	uploadAvatar,
];

export const voiceDescription: INodeProperties[] = [
	operationSelector(
		'voice',
		operations.map((op) => op.option),
		'get',
	),
	...operations.flatMap((op) => forOperation('voice', op.option.value as string, op.fields)),
];
