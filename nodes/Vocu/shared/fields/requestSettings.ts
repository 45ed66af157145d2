import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_ATTEMPTS } from '../transport/retry';
import { optionsCollection } from './common';

/**
 * Node settings. n8n merges these options into the "Request Options" collection it gives every declarative node
 * (Batching, Proxy, Timeout, Ignore SSL Issues), shown on the node's Settings tab.
 */
export const requestSettings: INodeProperties = optionsCollection(
	[
		{
			displayName: 'Max Attempts on Rate Limit',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: DEFAULT_MAX_ATTEMPTS,
			description:
				'How many times to send a request in total when Vocu answers 429 (rate limit) or 503 (busy), or a read whose connection failed. Waits as Vocu asks (Retry-After), else 1 s, 2 s, 4 s… up to 30 s.',
		},
		{
			displayName: 'Retry on Rate Limit',
			name: 'retryOnRateLimit',
			type: 'boolean',
			default: true,
			description:
				"Whether to send a request again when Vocu answers 429 or 503. Those answers mean Vocu did not process the request, so a retry cannot charge twice. Use this for rate limits rather than n8n's Retry On Fail, which runs the whole item again after any error and can charge a generation twice.",
		},
	],
	{ displayName: 'Request Options', name: 'requestOptions', isNodeSetting: true },
);
