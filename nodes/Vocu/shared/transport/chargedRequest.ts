import type { IExecuteSingleFunctions, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { acquireSlot, releaseSlot } from './throttle';

const guarded = new WeakSet<object>();

/** Node parameter (under Options) that sets how many generations may run at once; 0 turns the limit off. */
export const CONCURRENCY_PARAMETER = 'options.maxConcurrent';
export const DEFAULT_MAX_CONCURRENT = 3;

type Send = (...args: unknown[]) => Promise<unknown>;

function uncertainOutcome(context: IExecuteSingleFunctions, error: unknown): NodeApiError {
	const cause = error as { message?: string; code?: string; httpCode?: string; messages?: string[] };
	// n8n wraps axios errors: the original code moves to httpCode and the original message to messages.
	const signals = [cause.code, cause.httpCode, cause.message, ...(cause.messages ?? [])].join(' ');
	const timedOut = /timeout|timed out|ETIMEDOUT|ECONNABORTED/i.test(signals);
	return new NodeApiError(context.getNode(), { message: cause.message ?? 'No answer', code: cause.code ?? '' } as JsonObject, {
		message: timedOut
			? 'Vocu did not answer in time: the generation may still have run'
			: 'The connection to Vocu broke: the generation may still have run',
		description:
			'Vocu may have processed (and charged) this request. The node did not send it again, so you are not charged twice. ' +
			'Check Task → Get Many or the history in the Vocu web app before running this item again.' +
			(timedOut ? ' If the text is long, raise Timeout under Settings → Request Options.' : ''),
		itemIndex: context.getItemIndex(),
	});
}

/**
 * preSend for requests that spend credits (generations). It waits for a slot in the sliding concurrency window
 * (Options → Max Concurrent Generations), held through rate-limit retries, and wraps this item's authenticated
 * request helper so that the slot is freed however the request ends, and a request that got no answer (timeout, reset) is reported as "may have
 * run" instead of being retried blindly. The helper object belongs to this item's context only.
 */
export async function guardChargedRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const capacity = this.getNodeParameter(CONCURRENCY_PARAMETER, DEFAULT_MAX_CONCURRENT) as number;
	if (capacity > 0) await acquireSlot(this, capacity, (requestOptions.timeout ?? 300_000) + 5_000);
	if (guarded.has(this)) return requestOptions;
	guarded.add(this);
	const helpers = this.helpers as unknown as { httpRequestWithAuthentication: Send };
	const send = helpers.httpRequestWithAuthentication;
	const chargedUrl = requestOptions.url;
	helpers.httpRequestWithAuthentication = async (...args: unknown[]) => {
		try {
			return await send.apply(this, args);
		} catch (error) {
			// An answer frees the slot in throwOnVocuError, after any rate-limit retries; no answer frees it here.
			releaseSlot(this);
			// Only the charging call (and its rate-limit retries) has an unknown outcome; later polls do not.
			throw (args[1] as IHttpRequestOptions | undefined)?.url === chargedUrl ? uncertainOutcome(this, error) : error;
		}
	};
	return requestOptions;
}
