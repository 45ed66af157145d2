import type {
	IDataObject,
	IExecuteSingleFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { vocuRequest, type VocuRequest } from '../Vocu/shared/transport/request';

/**
 * A poll has no item, so Vocu's default timeout applies. Anything else thrown becomes a NodeApiError carrying
 * only its message and code: a raw HTTP client error holds the request options, Authorization header included.
 */
export async function pollRequest<T = IDataObject>(
	context: IPollFunctions,
	request: VocuRequest,
): Promise<T> {
	try {
		return await vocuRequest<T>(context, request);
	} catch (error) {
		throw asApiError(context, error);
	}
}

const RETRY_HINT = 'n8n tries again at the next poll.';

export function asApiError(context: IPollFunctions, error: unknown): NodeApiError {
	if (error instanceof NodeApiError) {
		// n8n's own connection errors (ECONNREFUSED, timeouts) come without a description.
		error.description ??= `Check the network and the base URL in the Vocu credential. ${RETRY_HINT}`;
		return error;
	}
	const { message, code } = error as { message?: string; code?: string };
	return new NodeApiError(
		context.getNode(),
		{ message: message ?? 'unknown', code: code ?? null } as JsonObject,
		{
			message: `Could not reach Vocu (${code ?? message ?? 'connection failed'})`,
			description: `Check the network and the base URL in the Vocu credential. ${RETRY_HINT}`,
		},
	);
}

/**
 * downloadAudio (shared/audio.ts) is written for an item of a regular node: it asks for the item index (for
 * messages) and the cancel signal. A poll has neither, so this view answers those two and passes the node, its
 * parameters and the poll context's own HTTP and binary helpers through.
 */
export function downloadContext(
	context: IPollFunctions,
	itemIndex: number,
): IExecuteSingleFunctions {
	const view = {
		getNode: () => context.getNode(),
		getNodeParameter: (name: string, fallback?: unknown) =>
			context.getNodeParameter(name, fallback),
		getItemIndex: () => itemIndex,
		getExecutionCancelSignal: () => undefined,
		helpers: context.helpers,
	};
	return view as unknown as IExecuteSingleFunctions;
}
