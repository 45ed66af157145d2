import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook } from './hooks';

/** Vocu wraps results as `{ status, message, data }`; a list becomes one item per element. */
export const unwrapData: PostReceiveHook = async function (_items, response) {
	const body = response.body as IDataObject;
	const data = body && typeof body === 'object' && 'data' in body ? body.data : body;
	if (Array.isArray(data)) return data.map((json) => ({ json: json as IDataObject }));
	if (data && typeof data === 'object') return [{ json: data as IDataObject }];
	return [{ json: { success: true } }];
};

/** What every delete answers: `{ deleted: true }` and the ID it removed (Vocu answers `{ status, message }` only). */
export function deletedJson(ids: IDataObject): IDataObject {
	return { deleted: true, ...ids };
}

/** A delete's output: deletedJson with the ID the user gave in the `idParameter` field. */
export function confirmDeleted(idParameter: string): PostReceiveHook {
	return async function () {
		const id = String(this.getNodeParameter(idParameter, '', { extractValue: true }) ?? '').trim();
		return [{ json: deletedJson({ [idParameter]: id }) }];
	};
}

/** Add by Share ID answers with `voiceId` at the top level (one third-party client reads `data.id`). */
export const unwrapSharedVoice: PostReceiveHook = async function (_items, response) {
	const body = response.body as IDataObject;
	const data = (body.data ?? {}) as IDataObject;
	const voiceId = body.voiceId ?? data.voiceId ?? data.id;
	return [{ json: { voiceId, shareId: this.getNodeParameter('shareId', '') as string, ...data } }];
};
