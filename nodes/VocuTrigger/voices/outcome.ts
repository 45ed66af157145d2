import type { IDataObject } from 'n8n-workflow';

import { FAILED_VOICE_STATUSES, USABLE_VOICE_STATUSES } from '../../Vocu/shared/constants';

export interface Voice extends IDataObject {
	id: string;
	status?: string;
	from?: string;
	createdAt?: string;
}

/** `u` usable, `f` failed, `p` still cloning (creating, lora-pending, lora-awaiting, or a status Vocu adds later). */
export type Outcome = 'u' | 'f' | 'p';

export const OUTCOME_NAMES: Record<string, string> = { u: 'usable', f: 'failed' };

export function outcomeOf(voice: Voice): Outcome {
	const status = String(voice.status);
	if (USABLE_VOICE_STATUSES.includes(status)) return 'u';
	if (FAILED_VOICE_STATUSES.includes(status)) return 'f';
	return 'p';
}

/**
 * What Voice Ready remembers per voice, as a short string: the current outcome, then the outcomes already
 * reported. `p` cloning, never reported; `uu` usable, reported usable; `pf` cloning again after a reported
 * failure (a new upload); `uf` usable after a reported failure, not yet reported usable.
 */
export type VoiceMemory = { voices: Record<string, string> };

export const reportedOf = (entry: string | undefined) => (entry ?? '').slice(1);

export interface VoiceFilters {
	statuses: string[];
	sources: string[];
}

/** Voices without `from` are the account's own uploads (older API versions do not send it). */
export function matchesVoice(voice: Voice, outcome: Outcome, filters: VoiceFilters): boolean {
	return (
		filters.statuses.includes(OUTCOME_NAMES[outcome]) &&
		filters.sources.includes(voice.from ?? 'upload')
	);
}

/**
 * Vocu keeps deleted styles in `metadata.prompts`, flagged `deleted: true`. `usable` says plainly what Vocu's
 * `status` means: an instant clone that can speak is `pending` in Vocu's own words.
 */
export function voiceJson(voice: Voice, outcome: Outcome): IDataObject {
	const metadata = (voice.metadata ?? {}) as IDataObject;
	const prompts = Array.isArray(metadata.prompts) ? (metadata.prompts as IDataObject[]) : [];
	const styles = prompts.filter((style) => style.deleted !== true);
	return {
		event: outcome === 'u' ? 'voiceUsable' : 'voiceFailed',
		usable: outcome === 'u',
		...voice,
		styles,
		metadata: { ...metadata, prompts: styles },
	};
}
