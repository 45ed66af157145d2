import type { IBinaryData, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PreSendHook } from './routing/hooks';

export interface BinaryRule {
	/** What the file is, for messages: "Voice sample", "Avatar image". */
	label: string;
	maxBytes: number;
	/** Accepted MIME types; an entry ending in `/` accepts the whole family (`audio/`); an empty list accepts any. */
	mimeTypes: string[];
}

const EXTENSION_MIME_TYPES: Record<string, string> = {
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	opus: 'audio/opus',
	flac: 'audio/flac',
	webm: 'audio/webm',
	mp4: 'video/mp4',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	zip: 'application/zip',
};

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

/** The MIME type n8n recorded, or one inferred from the file extension when n8n only knew octet-stream. */
export function effectiveMimeType(binary: IBinaryData): string {
	const recorded = (binary.mimeType ?? '').split(';')[0].trim().toLowerCase();
	if (recorded && recorded !== 'application/octet-stream') return recorded;
	const extension = (binary.fileExtension ?? binary.fileName?.split('.').pop() ?? '').toLowerCase();
	return EXTENSION_MIME_TYPES[extension] ?? (recorded || 'application/octet-stream');
}

/** Size in bytes without reading the file: file metadata for stored binaries, base64 length for inline ones. */
export async function binarySize(
	context: IExecuteSingleFunctions,
	binary: IBinaryData,
): Promise<number> {
	if (binary.id) return (await context.helpers.getBinaryMetadata(binary.id)).fileSize;
	const base64 = binary.data ?? '';
	const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
	return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Finds and checks an input binary property before anything is sent: present, of an accepted type, not empty
 * and not over the size limit. Errors name the field and the item.
 */
export async function checkedBinary(
	context: IExecuteSingleFunctions,
	propertyName: string,
	rule: BinaryRule,
): Promise<{ binary: IBinaryData; mimeType: string; size: number }> {
	const itemIndex = context.getItemIndex();
	const node = context.getNode();
	const name = propertyName.trim();
	const available = Object.keys(context.getInputData().binary ?? {});
	const binary = context.getInputData().binary?.[name];
	if (!name || !binary) {
		throw new NodeOperationError(
			node,
			`${rule.label}: the item has no binary field '${name}' [item ${itemIndex}]`,
			{
				description: available.length
					? `Set 'Input Binary Field' to one of: ${available.join(', ')}.`
					: 'The input item has no binary data. Add a node before this one that reads or downloads the file.',
				itemIndex,
			},
		);
	}
	const mimeType = effectiveMimeType(binary);
	const accepted =
		!rule.mimeTypes.length ||
		rule.mimeTypes.some((type) =>
			type.endsWith('/') ? mimeType.startsWith(type) : mimeType === type,
		);
	if (!accepted) {
		throw new NodeOperationError(
			node,
			`${rule.label}: '${name}' is ${mimeType} [item ${itemIndex}]`,
			{
				description: `Accepted types: ${rule.mimeTypes.map((type) => (type.endsWith('/') ? `${type}*` : type)).join(', ')}.`,
				itemIndex,
			},
		);
	}
	const size = await binarySize(context, binary);
	if (size === 0) {
		throw new NodeOperationError(node, `${rule.label}: '${name}' is empty [item ${itemIndex}]`, {
			itemIndex,
		});
	}
	if (size > rule.maxBytes) {
		throw new NodeOperationError(
			node,
			`${rule.label}: '${name}' is ${formatBytes(size)}, over Vocu's ${formatBytes(rule.maxBytes)} limit [item ${itemIndex}]`,
			{ description: 'Trim or compress the file before sending it.', itemIndex },
		);
	}
	return { binary, mimeType, size };
}

/** Reads a checked input binary as the `data:<mime>;base64,...` URL that Vocu expects inside JSON bodies. */
export async function binaryAsDataUrl(
	context: IExecuteSingleFunctions,
	propertyName: string,
	rule: BinaryRule,
): Promise<string> {
	const { mimeType } = await checkedBinary(context, propertyName, rule);
	const buffer = await context.helpers.getBinaryDataBuffer(propertyName.trim());
	return `data:${mimeType};base64,${buffer.toString('base64')}`;
}

/**
 * A preSend that puts the input binary named by node parameter `parameter` into the JSON body as a data URL
 * under `bodyProperty`, after checking it against `rule`.
 */
export function sendBinaryAsDataUrl(
	parameter: string,
	bodyProperty: string,
	rule: BinaryRule,
): PreSendHook {
	return async function (requestOptions) {
		const propertyName = this.getNodeParameter(parameter, 'data') as string;
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		body[bodyProperty] = await binaryAsDataUrl(this, propertyName, rule);
		requestOptions.body = body;
		return requestOptions;
	};
}
