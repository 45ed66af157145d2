import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { API_PATHS, fillPath } from '../../shared/constants';
import { vocuRequest } from '../../shared/transport/request';
import { stylesOf, voiceIdOf, type Style } from './common';

export function styleIdParameter(context: IExecuteSingleFunctions): string {
	return String(context.getNodeParameter('styleId', '') ?? '').trim();
}

/** The voice as Vocu has it now (`GET /api/voice/{id}`), for calls whose body must carry current values. */
export async function readCurrentVoice(context: IExecuteSingleFunctions): Promise<IDataObject> {
	const body = await vocuRequest<{ data?: IDataObject }>(context, {
		method: 'GET',
		path: fillPath(API_PATHS.voice, { voiceId: voiceIdOf(context) }),
		operationKey: 'voice.get',
	});
	return body.data && typeof body.data === 'object' ? body.data : {};
}

/** The style named in "Style", or a refusal naming it: nothing is sent for a style the voice does not have. */
export function requireStyle(
	node: INode,
	itemIndex: number,
	voice: IDataObject,
	styleId: string,
): Style {
	const style = stylesOf(voice).find(
		(candidate) => candidate.id === styleId && candidate.deleted !== true,
	);
	if (!style) {
		throw new NodeOperationError(node, `The voice has no style '${styleId}' [item ${itemIndex}]`, {
			description:
				"Choose the style from the list in 'Style Name or ID' (Voice → Get shows the styles and their IDs). Style IDs change when another style is made the default.",
			itemIndex,
		});
	}
	return style;
}

/** `data` of a JSON answer; these endpoints answer `{ status, data }` without `message`. */
export function dataOf(response: IN8nHttpFullResponse): unknown {
	const body = response.body as IDataObject | undefined;
	return body && typeof body === 'object' && 'data' in body ? body.data : undefined;
}

/** The voice object in an answer's `data` (an empty object when there is none). */
export function voiceOf(response: IN8nHttpFullResponse): IDataObject {
	const data = dataOf(response);
	return (data && typeof data === 'object' ? data : {}) as IDataObject;
}
