import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { create } from './create';
import { deleteTemplate } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** The Template operations, keyed by operation value, in the order the dropdown shows them. */
export const templateOperations = { create, delete: deleteTemplate, get, getAll, update };

export const templateDescription: INodeProperties[] = resourceDescription(
	'template',
	templateOperations,
	'getAll',
);
