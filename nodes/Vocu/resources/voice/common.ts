import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import type { BinaryRule } from '../../shared/binary';
import { optionsCollection } from '../../shared/fields/common';
import { SAMPLE_LANGUAGES } from '../../shared/fields/languages';
import {
	API_PATHS,
	FAILED_VOICE_STATUSES,
	fillPath,
	LIMITS,
	USABLE_VOICE_STATUSES,
} from '../../shared/constants';
import { pollUntil } from '../../shared/transport/poll';
import { vocuRequest, type VocuContext } from '../../shared/transport/request';

export const sampleLanguageField: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'options',
	options: SAMPLE_LANGUAGES,
	default: 'auto',
	description: 'Language spoken in the sample. Professional clones need a concrete language.',
	routing: { send: { type: 'body', property: 'language' } },
};

/** Vocu's docs give two different defaults for `vocalFilter`, so the node always sends the user's choice. */
export const vocalFilterField: INodeProperties = {
	displayName: 'Remove Background Sound',
	name: 'vocalFilter',
	type: 'boolean',
	default: false,
	description:
		'Whether Vocu should separate the voice from background music or noise in the sample before using it. Leave off for clean recordings.',
	routing: { send: { type: 'body', property: 'vocalFilter' } },
};

export const sampleDescriptionOption: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'A free-text note, shown in the Vocu app',
	routing: { send: { type: 'body', property: 'description' } },
};

/** The "Additional Fields" collection of Create and Add Style, read as the node parameter `additionalFields`. */
export function additionalFieldsCollection(options: INodeProperties[]): INodeProperties {
	return optionsCollection(options, {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		placeholder: 'Add Field',
	});
}

/** Voice and style samples: audio, or a video Vocu takes the sound from. */
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

export interface Style extends IDataObject {
	id?: string;
	name?: string;
	deleted?: boolean;
}

export function stylesOf(voice: IDataObject): Style[] {
	const prompts = (voice.metadata as IDataObject | undefined)?.prompts;
	return Array.isArray(prompts) ? (prompts as Style[]) : [];
}

/** Vocu keeps deleted styles in `metadata.prompts`, flagged `deleted: true`; users never want to see them. */
export function withoutDeletedStyles(voice: IDataObject, alsoRemove?: string): IDataObject {
	const metadata = voice.metadata as IDataObject | undefined;
	if (!metadata || !Array.isArray(metadata.prompts)) return voice;
	const prompts = stylesOf(voice).filter(
		(style) => style.deleted !== true && style.id !== alsoRemove,
	);
	return { ...voice, metadata: { ...metadata, prompts } };
}

/** A voice with Simplify on (Get, Get Many): what is needed to pick a voice and a style. */
export function simpleVoice(voice: IDataObject): IDataObject {
	return {
		id: voice.id,
		name: voice.name,
		status: voice.status,
		version: voice.version,
		from: voice.from,
		styles: stylesOf(voice).map((style) => ({ id: style.id, name: style.name })),
	};
}

export const SIMPLE_VOICE_FIELDS = 'ID, name, status, version, source and styles (ID and name)';

export function voiceIdOf(context: IExecuteSingleFunctions): string {
	return String(context.getNodeParameter('voiceId', '', { extractValue: true }) ?? '').trim();
}

/** Refuses empty text in a JSON body property before anything is sent, and trims it. */
export function requireBodyText(bodyProperty: string, label: string): PreSendHook {
	return async function (requestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const value =
			typeof body[bodyProperty] === 'string' ? (body[bodyProperty] as string).trim() : '';
		if (!value) {
			const itemIndex = this.getItemIndex();
			throw new NodeOperationError(this.getNode(), `'${label}' is empty [item ${itemIndex}]`, {
				description: `Enter a value for '${label}', or check the expression that sets it.`,
				itemIndex,
			});
		}
		body[bodyProperty] = value;
		return requestOptions;
	};
}

/** Get, Get Many and every call that answers with a voice: deleted styles are hidden. */
export const hideDeletedStyles: PostReceiveHook = async function (items) {
	return items.map((item) => ({ ...item, json: withoutDeletedStyles(item.json) }));
};

/** ready: usable for generation · failed: never will be · needsAction: waits for the user · inProgress: poll on */
export type VoiceState = 'ready' | 'failed' | 'needsAction' | 'inProgress';

export function voiceState(voice: IDataObject, envelope?: IDataObject): VoiceState {
	const status = String(voice.status ?? '');
	if (USABLE_VOICE_STATUSES.includes(status)) return 'ready';
	if (FAILED_VOICE_STATUSES.includes(status)) return 'failed';
	// Professional-clone training resumes only after voiceprint verification in the Vocu app: polling cannot help.
	const needsVerification =
		voice.needPollingVerify === true || envelope?.needPollingVerify === true;
	if (status === 'lora-awaiting' && needsVerification) return 'needsAction';
	return 'inProgress';
}

export interface ReadinessWait {
	pollIntervalMs: number;
	maxWaitMs: number;
}

export interface ReadinessResult {
	voice: IDataObject;
	state: VoiceState;
}

async function readVoice(context: VocuContext, voiceId: string): Promise<ReadinessResult> {
	const body = await vocuRequest<IDataObject>(context, {
		method: 'GET',
		path: fillPath(API_PATHS.voice, { voiceId }),
		operationKey: 'voice.get',
	});
	const voice = (body.data && typeof body.data === 'object' ? body.data : {}) as IDataObject;
	return { voice, state: voiceState(voice, body) };
}

/** The voice exists (and may be billed): its ID must not get lost with a polling error. */
function keepVoiceId(context: VocuContext, voiceId: string, error: Error): NodeOperationError {
	const failure = error as NodeApiError | NodeOperationError;
	const keepId = `The voice was created with ID ${voiceId}; check it with Voice → Get.`;
	return new NodeOperationError(context.getNode(), failure.message, {
		description: failure.description ? `${failure.description} · ${keepId}` : keepId,
		itemIndex: 'getItemIndex' in context ? context.getItemIndex() : undefined,
	});
}

/**
 * Polls `GET /api/voice/{id}` until the voice is usable, has failed or needs the user, or `maxWaitMs` is spent.
 * Transient failures (rate limit, Vocu busy, network) are retried at the next poll. On timeout the voice is
 * returned in its last known state, never dropped.
 */
export async function waitUntilVoiceReady(
	context: VocuContext,
	voice: IDataObject,
	wait: ReadinessWait,
	envelope?: IDataObject,
): Promise<ReadinessResult> {
	const initial: ReadinessResult = { voice, state: voiceState(voice, envelope) };
	const voiceId = typeof voice.id === 'string' ? voice.id : '';
	if (!voiceId) return initial;
	const result = await pollUntil(
		context,
		initial,
		(current) => current.state !== 'inProgress',
		async () => await readVoice(context, voiceId),
		{ intervalMs: wait.pollIntervalMs, maxWaitMs: wait.maxWaitMs },
	);
	if (result.outcome === 'pollFailed') throw keepVoiceId(context, voiceId, result.error);
	return result.value;
}
