import type {
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { API_PATHS } from '../constants';
import {
	accountConcurrency,
	accountKey,
	DEFAULT_ACCOUNT_CONCURRENCY,
	type ReadAccountInfo,
} from './accountQuota';
import { acquireSlots, nodeWindowKey, type WindowClaim } from './throttle';

/** Node parameter (under Options) that lowers how many generations may run at once; 0 turns the limits off. */
export const CONCURRENCY_PARAMETER = 'options.maxConcurrent';
/** The default of that option: Vocu's documented default account concurrency. */
export const DEFAULT_MAX_CONCURRENT = DEFAULT_ACCOUNT_CONCURRENCY;

/**
 * The calls that spend credits or start work at Vocu. Only these have an unknown outcome when no answer comes
 * back; the reads around them (a task read before Regenerate, polls after Create) do not.
 */
const CHARGED_CALLS: Array<[IHttpRequestMethods, string]> = [
	['POST', API_PATHS.speechGenerate],
	['GET', API_PATHS.speechStream],
	['POST', API_PATHS.tasks],
	['POST', API_PATHS.voices],
	['POST', API_PATHS.voiceStyles],
];

const chargedPatterns = CHARGED_CALLS.map(
	([method, path]) => [method, new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`)] as const,
);

/** Whether these request options are one of the CHARGED_CALLS (the URL may be a path or absolute, with a query). */
export function isChargedCall(options: IHttpRequestOptions | undefined): boolean {
	if (!options?.url) return false;
	const method = (options.method ?? 'GET').toUpperCase();
	const path = new URL(options.url, 'http://vocu.invalid').pathname;
	return chargedPatterns.some(
		([chargedMethod, pattern]) => chargedMethod === method && pattern.test(path),
	);
}

/** Where to look, per operation, for what a request without an answer may have done. */
const CHECK_BEFORE_RERUN: Record<string, string> = {
	speech: 'Check the generation history in the Vocu web app',
	task: 'Check Task → Get Many (newest first) or the task list in the Vocu web app',
	audio: 'Check Task → Get Many (newest first) or the task list in the Vocu web app',
	voice: "Check Voice → Get Many (and the voice's styles with Voice → Get) or the Vocu web app",
};

/** A charged call that got no answer: reported as "may have run", never sent again. */
export function uncertainOutcome(context: IExecuteSingleFunctions, error: unknown): NodeApiError {
	const cause = error as {
		message?: string;
		code?: string;
		httpCode?: string;
		messages?: string[];
	};
	// n8n wraps axios errors: the original code moves to httpCode and the original message to messages.
	const signals = [cause.code, cause.httpCode, cause.message, ...(cause.messages ?? [])].join(' ');
	const timedOut = /timeout|timed out|ETIMEDOUT|ECONNABORTED/i.test(signals);
	const resource = String(context.getNodeParameter('resource', '') ?? '');
	const check = CHECK_BEFORE_RERUN[resource] ?? CHECK_BEFORE_RERUN.speech;
	return new NodeApiError(
		context.getNode(),
		{ message: cause.message ?? 'No answer', code: cause.code ?? '' } as JsonObject,
		{
			message: timedOut
				? 'Vocu did not answer in time: the generation may still have run'
				: 'The connection to Vocu broke: the generation may still have run',
			description:
				'Vocu may have processed (and charged) this request. The node did not send it again, so you are not charged twice. ' +
				`${check} before running this item again.` +
				(timedOut ? ' If the text is long, raise Timeout under Settings → Request Options.' : ''),
			itemIndex: context.getItemIndex(),
		},
	);
}

/**
 * The windows an item must pass: the account's (sized from its quota, shared by every execution in this process)
 * and, when Options → Max Concurrent Generations is set lower, this node's own within the execution.
 */
async function windowsFor(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	readAccountInfo: ReadAccountInfo,
): Promise<WindowClaim[]> {
	// -1: the option is not set (operations without it, or not added under Options).
	const option = Number(context.getNodeParameter(CONCURRENCY_PARAMETER, -1));
	if (option === 0) return [];
	// The base URL n8n resolved for this request (checked by fillPathParameters, the first preSend).
	const key = accountKey(context, String(requestOptions.baseURL ?? ''));
	const account = { key, capacity: await accountConcurrency(readAccountInfo, key) };
	if (!(option >= 1) || option >= account.capacity) return [account];
	return [{ key: nodeWindowKey(context), capacity: Math.floor(option) }, account];
}

/**
 * Waits for a slot in every window a charged call must pass (see windowsFor) and returns the function that
 * frees them; the request path calls it in a `finally`.
 */
export async function holdSlots(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	readAccountInfo: ReadAccountInfo,
): Promise<() => void> {
	return await acquireSlots(await windowsFor(context, requestOptions, readAccountInfo));
}
