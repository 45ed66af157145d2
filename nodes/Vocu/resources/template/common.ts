import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { segmentsCollection, segmentVoiceIdField, textField } from '../../shared/fields/common';
import { VOICE_ID } from '../../shared/validation';

interface Segment {
	voiceId?: string;
	text?: string;
}

/** Segments (fixedCollection `segments.segment`) → Vocu's `contents: [{ voiceId, text }]`, checked before sending. */
export const sendTemplateSegments: PreSendHook = async function (requestOptions) {
	const itemIndex = this.getItemIndex();
	const segments = ((this.getNodeParameter('segments', {}) as { segment?: Segment[] }).segment ??
		[]) as Segment[];
	if (!segments.length) {
		throw new NodeOperationError(
			this.getNode(),
			`A template needs at least one segment [item ${itemIndex}]`,
			{
				description: 'Add a segment with a voice ID and the text that voice speaks.',
				itemIndex,
			},
		);
	}
	const contents = segments.map((segment, position) => {
		const voiceId = String(segment.voiceId ?? '').trim();
		const text = String(segment.text ?? '');
		if (!VOICE_ID.test(voiceId)) {
			throw new NodeOperationError(
				this.getNode(),
				`Segment ${position + 1} has no valid voice ID [item ${itemIndex}]`,
				{
					description: `Got '${voiceId.slice(0, 80)}'. Use a voice UUID, or market:<uuid> for a market voice (Voice → Get Many lists them).`,
					itemIndex,
				},
			);
		}
		if (!text.trim()) {
			throw new NodeOperationError(
				this.getNode(),
				`Segment ${position + 1} has no text [item ${itemIndex}]`,
				{
					description: 'Every segment needs the text its voice speaks.',
					itemIndex,
				},
			);
		}
		return { voiceId, text };
	});
	requestOptions.body = { ...((requestOptions.body as IDataObject | undefined) ?? {}), contents };
	return requestOptions;
};

/** A template with Simplify on (Get Many): ID, name, description, origin and how many segments it has. */
export function simpleTemplate(template: IDataObject): IDataObject {
	const metadata = (template.metadata ?? {}) as IDataObject;
	return {
		id: template.id,
		name: template.name,
		description: metadata.description ?? null,
		from: template.from,
		segments: Array.isArray(template.contents) ? template.contents.length : 0,
	};
}

export function templateIdOf(context: IExecuteSingleFunctions): string {
	return String(context.getNodeParameter('templateId', '', { extractValue: true })).trim();
}

/** The lines of a template (Create and Update): voice and text per segment, sent as `contents`. */
export const segmentsField: INodeProperties = segmentsCollection(
	'The lines of the template, in order: which voice speaks which text',
	[
		segmentVoiceIdField(
			'ID of the voice that speaks this segment: a UUID, or market: followed by the UUID for a market voice. Vocu stores the voices of a template as numbered slots, not as IDs.',
		),
		textField('Text', 'text', 'What the voice says in this segment', {
			typeOptions: { rows: 3 },
			required: true,
		}),
	],
	{ required: true, routing: { send: { preSend: [sendTemplateSegments] } } },
);

/** Sends a trimmed text, or nothing when it is empty. */
export const TRIMMED_OR_OMITTED = '={{ $value.trim() || undefined }}';

/** The template's description (Create and Update), sent trimmed; empty sends none. */
export function templateDescriptionField(description: string): INodeProperties {
	return textField('Description', 'templateDescription', description, {
		routing: { send: { type: 'body', property: 'description', value: TRIMMED_OR_OMITTED } },
	});
}
