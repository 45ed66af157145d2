import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { binaryAsDataUrl, type BinaryRule } from '../../shared/binary';
import { LIMITS } from '../../shared/constants';

const SAMPLE_MIME_TYPES = ['audio/', 'video/mp4', 'video/webm', 'video/quicktime'];

export const VOICE_SAMPLE_RULE: BinaryRule = {
	label: 'Voice sample',
	maxBytes: LIMITS.voiceSampleBytes,
	mimeTypes: SAMPLE_MIME_TYPES,
};

export const STYLE_SAMPLE_RULE: BinaryRule = {
	label: 'Style sample',
	maxBytes: LIMITS.styleSampleBytes,
	mimeTypes: SAMPLE_MIME_TYPES,
};

export const AVATAR_RULE: BinaryRule = {
	label: 'Avatar image',
	maxBytes: LIMITS.avatarBytes,
	mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
};

interface Style extends IDataObject {
	id?: string;
	name?: string;
	deleted?: boolean;
}

function stylesOf(voice: IDataObject): Style[] {
	const prompts = (voice.metadata as IDataObject | undefined)?.prompts;
	return Array.isArray(prompts) ? (prompts as Style[]) : [];
}

/** Vocu keeps deleted styles in `metadata.prompts`, flagged `deleted: true`; users never want to see them. */
export function withoutDeletedStyles(voice: IDataObject, alsoRemove?: string): IDataObject {
	const metadata = voice.metadata as IDataObject | undefined;
	if (!metadata || !Array.isArray(metadata.prompts)) return voice;
	const prompts = stylesOf(voice).filter((style) => style.deleted !== true && style.id !== alsoRemove);
	return { ...voice, metadata: { ...metadata, prompts } };
}

function voiceIdOf(context: IExecuteSingleFunctions): string {
	return String(context.getNodeParameter('voiceId', '', { extractValue: true }) ?? '').trim();
}

/** Refuses empty text in a JSON body property before anything is sent, and trims it. */
export function requireBodyText(bodyProperty: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const value = typeof body[bodyProperty] === 'string' ? (body[bodyProperty] as string).trim() : '';
		if (!value) {
			const itemIndex = this.getItemIndex();
			throw new NodeOperationError(this.getNode(), `"${label}" is empty (item ${itemIndex})`, {
				description: `Enter a value for "${label}", or check the expression that sets it.`,
				itemIndex,
			});
		}
		body[bodyProperty] = value;
		return requestOptions;
	};
}

/** Voice → Create: adds the optional avatar (Additional Fields → Avatar Binary Field) as an image data URL. */
export async function sendOptionalAvatar(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const propertyName = String(this.getNodeParameter('additionalFields.avatarBinaryPropertyName', '') ?? '').trim();
	if (!propertyName) return requestOptions;
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.avatar = await binaryAsDataUrl(this, propertyName, AVATAR_RULE);
	requestOptions.body = body;
	return requestOptions;
}

/**
 * Voice → Create: a training archive upload ID (`lora`) makes a professional clone. Vocu refuses it for v4.0
 * voices and needs a concrete sample language, so both are checked here rather than spending a request.
 */
export async function sendTrainingArchive(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const lora = String(this.getNodeParameter('additionalFields.lora', '') ?? '').trim();
	if (!lora) return requestOptions;
	const body = (requestOptions.body ?? {}) as IDataObject;
	const itemIndex = this.getItemIndex();
	if (body.modelVersion === 'v4.0') {
		throw new NodeOperationError(
			this.getNode(),
			`Professional cloning is not available for v4.0 voices (item ${itemIndex})`,
			{
				description: 'Set "Model Version" to v3.0, or remove "Training Archive Upload ID" for an instant clone.',
				itemIndex,
			},
		);
	}
	if (!body.language || body.language === 'auto') {
		throw new NodeOperationError(this.getNode(), `Professional cloning needs the sample language (item ${itemIndex})`, {
			description: 'Set "Language" to the language spoken in the training samples; Auto-Detect is not accepted.',
			itemIndex,
		});
	}
	body.lora = lora;
	requestOptions.body = body;
	return requestOptions;
}

/** Voice → Delete Style: Vocu always refuses to delete the `default` style; say so without sending. */
export async function refuseDefaultStyle(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const styleId = String(this.getNodeParameter('styleId', '') ?? '').trim();
	if (styleId === 'default') {
		const itemIndex = this.getItemIndex();
		throw new NodeOperationError(this.getNode(), `The default style of a voice cannot be deleted (item ${itemIndex})`, {
			description: 'Choose another style in "Style Name or ID", or delete the whole voice with Voice → Delete.',
			itemIndex,
		});
	}
	return requestOptions;
}

/** Get, Get Many and every call that answers with a voice: deleted styles are hidden. */
export async function hideDeletedStyles(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => ({ ...item, json: withoutDeletedStyles(item.json) }));
}

/** Voice → Get Many with Simplify on: the fields needed to pick a voice and a style. */
export async function simplifyVoicesIfAsked(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
	return items.map((item) => {
		const voice = item.json;
		return {
			...item,
			json: {
				id: voice.id,
				name: voice.name,
				status: voice.status,
				version: voice.version,
				from: voice.from,
				styles: stylesOf(voice).map((style) => ({ id: style.id, name: style.name })),
			},
		};
	});
}

/** Voice → Add Style: the answer is the whole voice; `addedStyleId` is the new style's ID, for generation. */
export async function outputAddedStyle(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const styleName = String(this.getNodeParameter('styleName', '') ?? '').trim();
	return items.map((item) => {
		const added = stylesOf(item.json)
			.filter((style) => style.id !== 'default' && style.name === styleName)
			.pop();
		return added?.id ? { ...item, json: { ...item.json, addedStyleId: added.id } } : item;
	});
}

/** Voice → Delete Style: the voice with its remaining styles (Vocu may still list the removed one). */
export async function outputRemainingStyles(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const styleId = String(this.getNodeParameter('styleId', '') ?? '').trim();
	return items.map((item) => ({ ...item, json: withoutDeletedStyles(item.json, styleId) }));
}

/** Voice → Get Share ID: `data.shareId` (third-party reading, §14); a top-level `shareId` is accepted too. */
export async function outputShareId(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body ?? {}) as IDataObject;
	const data = (body.data && typeof body.data === 'object' ? body.data : {}) as IDataObject;
	const shareId = data.shareId ?? body.shareId ?? (typeof body.data === 'string' ? body.data : undefined);
	if (typeof shareId !== 'string' || !shareId) {
		throw new NodeApiError(this.getNode(), body as JsonObject, {
			message: 'Vocu answered without a share ID',
			description:
				'The response had no shareId. Vocu may have changed this endpoint; check the voice in the Vocu web app and share it from there.',
			itemIndex: this.getItemIndex(),
		});
	}
	return [{ json: { voiceId: voiceIdOf(this), shareId } }];
}

/** Voice → Delete: Vocu answers `{ status, message }` only. */
export async function confirmVoiceDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { success: true, voiceId: voiceIdOf(this) } }];
}
