import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { convertVoice } from './convertVoice';
import { generate } from './generate';
import { stream } from './stream';

/** The Speech operations, keyed by operation value. */
export const speechOperations = { convertVoice, generate, stream };

export const speechDescription: INodeProperties[] = resourceDescription(
	'speech',
	speechOperations,
	'generate',
);
