import type { INodeProperties } from 'n8n-workflow';

import { API_PATHS } from '../shared/constants';
import { operation, operationSelector } from '../shared/fields';
import { unwrapAccount } from '../shared/postReceive';

export const accountDescription: INodeProperties[] = [
	operationSelector(
		'account',
		[
			operation({
				name: 'Get',
				value: 'get',
				action: 'Get account information',
				description: 'Get the account name, credits, plan and concurrency quota',
				method: 'GET',
				path: API_PATHS.accountInfo,
				postReceive: [unwrapAccount],
			}),
		],
		'get',
	),
];
