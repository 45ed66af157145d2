import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { generate } from './generate';
import { stream } from './stream';

/** The Speech operations, keyed by operation value. */
export const speechOperations = { generate, stream };

export const speechDescription: INodeProperties[] = resourceDescription(
	'speech',
	speechOperations,
	'generate',
);
