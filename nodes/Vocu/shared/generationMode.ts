// Plain or controllable ("instruct") generation. Vocu speaks v4.0 voices only on its controllable path and
// answers VOICE_INSTRUCT_PATH_ONLY otherwise; Auto picks the path from the voice's model version.
import type { IDataObject, IExecuteSingleFunctions, INode, INodeProperties } from 'n8n-workflow';

import { API_PATHS, fillPath } from './constants';
import { accountKey } from './transport/accountQuota';
import { vocuBaseUrl, vocuRequest } from './transport/request';
import { inputError, type InputLocation } from './validation';

export type GenerationMode = 'auto' | 'plain' | 'controllable';

/** Model versions Vocu speaks only on the controllable path. */
const CONTROLLABLE_ONLY = /^v4(\.|$)/i;

export const CONTROL_MARKERS =
	'In controllable generation, control markers in double braces steer the delivery inside the text, e.g. "{{softly}} Come closer. {{excited}} We won!"; Vocu strips them before billing and does not publish a list of markers.';

/** The Generation Mode field of every operation that speaks. */
export function generationModeField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Generation Mode',
		name: 'generationMode',
		type: 'options',
		options: [
			{
				name: 'Auto (by Voice Model)',
				value: 'auto',
				description:
					'Controllable for v4.0 voices, plain for the others (the node reads each voice once per execution)',
			},
			{
				name: 'Controllable',
				value: 'controllable',
				description: 'Control markers in the text and Reference Emphasis; no subtitles',
			},
			{
				name: 'Plain',
				value: 'plain',
				description: 'Regular generation, no voice lookup; Vocu refuses v4.0 voices here',
			},
		],
		default: 'auto',
		description: `Which of Vocu's generation paths to use. v4.0 voices speak only in controllable mode. ${CONTROL_MARKERS}`,
		...overrides,
	};
}

const LOOKUP_TTL_MS = 10 * 60_000;
const LOOKUP_TIMEOUT_MS = 15_000;
/** Lookups kept at most; beyond it the oldest goes first (a voice read again costs one GET, nothing else). */
const MAX_LOOKUPS = 200;
/**
 * Keyed by execution ID, account and voice, not by an n8n context: n8n gives each item its own context and a
 * declarative node no store that lives exactly as long as one execution, so the items' shared reads live here.
 */
const lookups = new Map<string, { version: Promise<string>; expiresAt: number }>();

function remember(key: string, version: Promise<string>, now: number): void {
	for (const [oldKey, entry] of lookups) if (entry.expiresAt <= now) lookups.delete(oldKey);
	for (const oldKey of lookups.keys()) {
		if (lookups.size < MAX_LOOKUPS) break;
		lookups.delete(oldKey);
	}
	lookups.set(key, { version, expiresAt: now + LOOKUP_TTL_MS });
}

/**
 * The voice's model version (`v3.0`, `v4.0`, ...), read with Voice → Get once per voice, account and execution
 * (items of one execution share the read). A voice that cannot be read gives '' and is sent down the plain path,
 * where Vocu's own answer (VOICE_NOT_FOUND, VOICE_INSTRUCT_PATH_ONLY) explains what to change.
 */
export async function voiceModelVersion(
	context: IExecuteSingleFunctions,
	voiceId: string,
	baseUrl?: string,
): Promise<string> {
	const now = Date.now();
	const executionId = context.getExecutionId();
	const account = accountKey(context, baseUrl ?? (await vocuBaseUrl(context)));
	const key = [executionId, account, voiceId].join('\u0000');
	const cached = executionId ? lookups.get(key) : undefined;
	if (cached && cached.expiresAt > now) return await cached.version;
	const version = vocuRequest<{ data?: IDataObject }>(context, {
		method: 'GET',
		path: fillPath(API_PATHS.voice, { voiceId }),
		operationKey: 'voice.get',
		timeout: LOOKUP_TIMEOUT_MS,
		baseUrl,
	})
		.then((body) => String(body?.data?.version ?? ''))
		.catch(() => '');
	// Without an execution ID (a bare test run) nothing says which reads belong together: no sharing.
	if (executionId) remember(key, version, now);
	return await version;
}

/** Whether `mode` (a Generation Mode value) sends this voice down the controllable path. */
export async function isControllable(
	context: IExecuteSingleFunctions,
	mode: unknown,
	voiceId: string,
	baseUrl?: string,
): Promise<boolean> {
	const chosen = String(mode ?? 'auto');
	if (chosen === 'controllable') return true;
	if (chosen === 'plain') return false;
	return CONTROLLABLE_ONLY.test(await voiceModelVersion(context, voiceId, baseUrl));
}

/**
 * The generation parameters for the chosen path: controllable adds `instruct_mode: true` and keeps Reference
 * Emphasis; plain drops it. Subtitles are refused on the controllable path, where Vocu makes none.
 */
export function withGenerationMode(
	node: INode,
	at: InputLocation,
	params: IDataObject,
	controllable: boolean,
): IDataObject {
	const { reference_mode: referenceMode, ...rest } = params;
	if (!controllable) return rest;
	if (rest.srt === true) throw subtitlesRefused(node, at);
	return {
		...rest,
		instruct_mode: true,
		...(referenceMode ? { reference_mode: referenceMode } : {}),
	};
}

export function subtitlesRefused(node: INode, at: InputLocation, where = '') {
	return inputError(
		node,
		at,
		`Subtitles cannot be combined with controllable generation${where}`,
		'Vocu makes no subtitles on its controllable path, which v4.0 voices always use (Generation Mode Auto picks it for them). Turn off Subtitles, or use a voice of an earlier model.',
	);
}
