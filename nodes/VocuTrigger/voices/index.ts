import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { API_PATHS } from '../../Vocu/shared/constants';
import { pollRequest } from '../context';
import { DEFAULT_MAX_ITEMS } from '../description';
import { isFreshActivation, loadMemory, storeMemory } from '../memory';
import {
	matchesVoice,
	outcomeOf,
	reportedOf,
	voiceJson,
	type Voice,
	type VoiceFilters,
	type VoiceMemory,
} from './outcome';

const MEMORY_KEY = 'voiceReady';

function filtersOf(context: IPollFunctions): VoiceFilters {
	return {
		statuses: context.getNodeParameter('voiceStatuses', ['usable']) as string[],
		sources: context.getNodeParameter('voiceSources', ['upload', 'library']) as string[],
	};
}

const createdAtOf = (voice: Voice) => (voice.createdAt ? Date.parse(voice.createdAt) : NaN);

/**
 * `GET /api/voice` returns every voice in one array (no paging). `show=full` adds professional clones that are
 * still training or failed (lora-pending, lora-awaiting, lora-failed), which Vocu hides by default; market
 * purchases come only with `showMarket`. Oldest first where Vocu says when a voice was created.
 */
async function listVoices(context: IPollFunctions, filters: VoiceFilters): Promise<Voice[]> {
	const qs: IDataObject = {
		show: 'full',
		...(filters.sources.includes('market') ? { showMarket: true } : {}),
	};
	const body = await pollRequest<{ data?: unknown }>(context, {
		method: 'GET',
		path: API_PATHS.voices,
		qs,
		operationKey: 'voice.getAll',
	});
	const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	const voices = data.filter(
		(voice): voice is Voice => typeof voice?.id === 'string' && voice.id !== '',
	);
	const indexed = voices.map((voice, index) => ({ voice, index }));
	indexed.sort((a, b) => createdAtOf(a.voice) - createdAtOf(b.voice) || a.index - b.index);
	return indexed.map(({ voice }) => voice);
}

/** Fetch Test Event: the newest finished voice that passes the filters. */
function testEvent(
	context: IPollFunctions,
	voices: Voice[],
	filters: VoiceFilters,
): INodeExecutionData[][] {
	const match = [...voices].reverse().find((voice) => {
		const outcome = outcomeOf(voice);
		return outcome !== 'p' && matchesVoice(voice, outcome, filters);
	});
	if (match) return [[{ json: voiceJson(match, outcomeOf(match)) }]];
	throw new NodeOperationError(context.getNode(), 'No finished voice matches the filters yet', {
		description:
			'Clone a voice (Vocu → Voice → Create) or widen Voice Statuses and Voice Sources, then fetch again.',
	});
}

/** The memory at activation: every voice counts as reported in the state it is in now. */
function baselineMemory(voices: Voice[]): VoiceMemory {
	const entries = voices.map((voice) => {
		const outcome = outcomeOf(voice);
		return [voice.id, outcome === 'p' ? 'p' : `${outcome}${outcome}`];
	});
	return { voices: Object.fromEntries(entries) };
}

/**
 * Voice Ready. Each voice is reported once when it becomes usable and once if it fails (a failed voice that is
 * uploaded again and then works is reported again, as usable). The memory holds one short entry per voice in
 * the account and forgets deleted voices, so it stays as small as the voice list.
 */
export async function pollVoiceReady(
	context: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const filters = filtersOf(context);
	const voices = await listVoices(context, filters);
	if (context.getMode() === 'manual') return testEvent(context, voices, filters);
	const memory = isFreshActivation(context)
		? undefined
		: loadMemory<VoiceMemory>(context, MEMORY_KEY);
	if (!memory) {
		storeMemory(context, MEMORY_KEY, baselineMemory(voices));
		return null;
	}
	const maxItems =
		Number(context.getNodeParameter('maxItems', DEFAULT_MAX_ITEMS)) || DEFAULT_MAX_ITEMS;
	const next: Record<string, string> = {};
	const items: INodeExecutionData[] = [];
	for (const voice of voices) {
		const previous = memory.voices[voice.id];
		const reported = reportedOf(previous);
		const outcome = outcomeOf(voice);
		if (outcome === 'p' || reported.includes(outcome)) {
			next[voice.id] = `${outcome}${reported}`;
		} else if (!matchesVoice(voice, outcome, filters)) {
			next[voice.id] = `${outcome}${reported}${outcome}`;
		} else if (items.length >= maxItems) {
			if (previous !== undefined) next[voice.id] = previous; // reported by the next poll
		} else {
			items.push({ json: voiceJson(voice, outcome) });
			next[voice.id] = `${outcome}${reported}${outcome}`;
		}
	}
	storeMemory(context, MEMORY_KEY, { voices: next });
	return items.length ? [items] : null;
}
