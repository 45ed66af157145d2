import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { httpStatusOf } from './httpCode';

/** What a node error may carry: n8n's NodeError fields, plus the IDs the node adds to its `context`. */
interface FailedCall {
	message?: string;
	description?: string | null;
	httpCode?: string | null;
	context?: IDataObject;
}

/** Marks an error that happened after Vocu generated (and charged) audio, so its error item can name the generation. */
export function withGenerationId<T>(error: T, generationId: unknown): T {
	const failed = error as FailedCall;
	if (failed && typeof failed === 'object' && generationId !== undefined && generationId !== null) {
		failed.context = { ...(failed.context ?? {}), generationId: String(generationId) };
	}
	return error;
}

/** Vocu's machine code, read back from the "Code: …" part of the description the node writes. */
function vocuCodeOf(description: string): string | undefined {
	return /(?:^| · )Code: ([^ ·]+)/.exec(description)?.[1];
}

function requestIdOf(description: string): string | undefined {
	return /Request ID \(for Vocu support\): ([^ ·]+)/.exec(description)?.[1];
}

/** The JSON of an error item: the message, then what is known about the failed call. */
export function errorJson(error: unknown): IDataObject {
	const failed = (error ?? {}) as FailedCall;
	const description = typeof failed.description === 'string' ? failed.description : '';
	const fields: IDataObject = {
		error: failed.message ?? String(error),
		description: description || undefined,
		code: vocuCodeOf(description),
		httpStatus: httpStatusOf(failed),
		requestId: requestIdOf(description),
		generationId: failed.context?.generationId,
	};
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * The item a failed input item becomes under Continue On Fail, paired with that input (n8n's RoutingNode would
 * add `{ json: {}, error }`, unpaired, so an error branch could not read the input with `$('…').item`).
 * n8n routes an item to the error output when it has `error` or when its JSON is `{ error }` alone, and replaces
 * the JSON of any item that has `error` with `{ error: message }` (n8n 1.123 and 2.41). So with Continue (using
 * error output) the item is `{ error }`, which n8n merges into the input item's JSON; with Continue (regular
 * output) it carries every field.
 */
export function errorItem(context: IExecuteSingleFunctions, error: unknown): INodeExecutionData {
	const json = errorJson(error);
	const pairedItem = { item: context.getItemIndex() };
	if (context.getNode().onError === 'continueErrorOutput')
		return { json: { error: json.error }, pairedItem };
	return { json, pairedItem };
}
