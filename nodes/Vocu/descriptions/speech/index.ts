import type { INodeProperties } from 'n8n-workflow';

import { forOperation, operationSelector } from '../../shared/fields';
import { generateFields, generateOperation } from './generate';
import { streamFields, streamOperation } from './stream';

export const speechDescription: INodeProperties[] = [
	operationSelector('speech', [generateOperation, streamOperation], 'generate'),
	...forOperation('speech', 'generate', generateFields),
	...forOperation('speech', 'stream', streamFields),
];
