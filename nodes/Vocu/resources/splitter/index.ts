import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { create } from './create';
import { deleteSplitter } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** The Splitter operations, keyed by operation value, in the order the dropdown shows them. */
export const splitterOperations = { create, delete: deleteSplitter, get, getAll, update };

export const splitterDescription: INodeProperties[] = resourceDescription(
	'splitter',
	splitterOperations,
	'getAll',
);
