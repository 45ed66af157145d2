import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { getAll } from './getAll';

/** The Preset operations, keyed by operation value. */
export const presetOperations = { getAll };

export const presetDescription: INodeProperties[] = resourceDescription(
	'preset',
	presetOperations,
	'getAll',
);
