import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { API_PATHS, fillPath } from '../../shared/constants';
import { VOICE_ID } from '../../shared/validation';
import { vocuRequest } from '../../shared/transport/request';

interface Segment {
	voiceId?: string;
	text?: string;
}

/** Segments (fixedCollection `segments.segment`) → Vocu's `contents: [{ voiceId, text }]`, checked before sending. */
export async function sendTemplateSegments(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const itemIndex = this.getItemIndex();
	const segments = ((this.getNodeParameter('segments', {}) as { segment?: Segment[] }).segment ?? []) as Segment[];
	if (!segments.length) {
		throw new NodeOperationError(this.getNode(), `A template needs at least one segment (item ${itemIndex})`, {
			description: 'Add a segment with a voice ID and the text that voice speaks.',
			itemIndex,
		});
	}
	const contents = segments.map((segment, position) => {
		const voiceId = String(segment.voiceId ?? '').trim();
		const text = String(segment.text ?? '');
		if (!VOICE_ID.test(voiceId)) {
			throw new NodeOperationError(
				this.getNode(),
				`Segment ${position + 1} has no valid voice ID (item ${itemIndex})`,
				{
					description: `Got "${voiceId.slice(0, 80)}". Use a voice UUID, or market:<uuid> for a market voice (Voice → Get Many lists them).`,
					itemIndex,
				},
			);
		}
		if (!text.trim()) {
			throw new NodeOperationError(this.getNode(), `Segment ${position + 1} has no text (item ${itemIndex})`, {
				description: 'Every segment needs the text its voice speaks.',
				itemIndex,
			});
		}
		return { voiceId, text };
	});
	requestOptions.body = { ...((requestOptions.body as IDataObject | undefined) ?? {}), contents };
	return requestOptions;
}

function templateIdOf(context: IExecuteSingleFunctions): string {
	return String(context.getNodeParameter('templateId', '', { extractValue: true })).trim();
}

/** Update answers without the template, so it is read again: the output is the template as Vocu now stores it. */
export async function rereadTemplate(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const body = await vocuRequest<{ data?: IDataObject }>(this, {
		method: 'GET',
		path: fillPath(API_PATHS.template, { templateId: templateIdOf(this) }),
		operationKey: 'template.get',
	});
	return [{ json: body.data ?? {} }];
}

/** Delete answers `{ status, message }` only. */
export async function confirmTemplateDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { success: true, templateId: templateIdOf(this) } }];
}
