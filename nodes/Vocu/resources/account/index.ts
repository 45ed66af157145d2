import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { get } from './get';

/** The Account operations, keyed by operation value. */
export const accountOperations = { get };

export const accountDescription: INodeProperties[] = resourceDescription(
	'account',
	accountOperations,
	'get',
);
