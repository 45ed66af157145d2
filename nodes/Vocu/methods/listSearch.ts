import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { API_PATHS, LIMITS, USABLE_VOICE_STATUSES } from '../shared/constants';
import { pickerPage, readPickerToken } from '../shared/routing/pagination';
import { vocuRequest } from '../shared/transport/request';

interface VoiceSummary extends IDataObject {
	id: string;
	name?: string;
	from?: string;
	status?: string;
	version?: string;
}

/** A voice Vocu does not generate with yet (still cloning) or any more (failed): its status, else undefined. */
function unusableStatus(voice: VoiceSummary): string | undefined {
	return voice.status && !USABLE_VOICE_STATUSES.includes(voice.status) ? voice.status : undefined;
}

/**
 * "Anna (Market, v3.0) · 3f2b1c9e": where the voice comes from (Market, Shared: added by share ID), its model version (or why it may not speak yet:
 * creating, failed…) and the start of its ID, so two voices of the same name can be told apart.
 */
function voiceLabel(voice: VoiceSummary): string {
	const market = voice.from === 'market' || voice.id.startsWith('market:');
	const source = market ? 'Market' : voice.from === 'library' ? 'Shared' : '';
	const tags = [source, voice.version, unusableStatus(voice)].filter(Boolean);
	const shortId = voice.id.replace(/^market:/, '').slice(0, 8);
	return `${voice.name ?? voice.id}${tags.length ? ` (${tags.join(', ')})` : ''} · ${shortId}`;
}

/**
 * The account's voices (market voices included and labelled), filtered by the search text. Where the voice is
 * used to speak (every resource but Voice), voices that cannot speak yet are left out, so they cannot be
 * picked; Voice operations (get, update, delete…) list them too, with their status, as they work on any voice.
 */
export async function searchVoices(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await vocuRequest<{ data?: VoiceSummary[] }>(this, {
		method: 'GET',
		path: API_PATHS.voices,
		qs: { showMarket: true },
	});
	const speaking = this.getCurrentNodeParameter('resource') !== 'voice';
	const needle = filter?.trim().toLowerCase();
	const results = (body.data ?? [])
		.filter((voice) => !(speaking && unusableStatus(voice)))
		.filter((voice) => !needle || `${voice.name ?? ''} ${voice.id}`.toLowerCase().includes(needle))
		.map((voice) => ({ name: voiceLabel(voice), value: voice.id }));
	return { results };
}

interface TemplateSummary extends IDataObject {
	id: string;
	name?: string;
	from?: string;
}

/**
 * The account's generation templates (newest first), one page per call: Vocu lists templates by offset/limit
 * and has no name search, so the page is filtered here. Paging follows the shared rule (routing/pagination.ts):
 * on until an empty or repeated page, whatever size the server serves.
 */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const cursor = readPickerToken(paginationToken);
	const body = await vocuRequest<{ data?: TemplateSummary[] }>(this, {
		method: 'GET',
		path: API_PATHS.templates,
		qs: { offset: cursor.offset, limit: LIMITS.maxPageSize },
	});
	const { entries, paginationToken: next } = pickerPage(
		cursor,
		Array.isArray(body.data) ? body.data : [],
	);
	const needle = filter?.trim().toLowerCase();
	const results = entries
		.filter(
			(template) =>
				!needle || `${template.name ?? ''} ${template.id}`.toLowerCase().includes(needle),
		)
		.map((template) => ({
			name: `${template.name ?? template.id}${template.from === 'community' ? ' (Library)' : ''}`,
			value: template.id,
		}));
	return { results, paginationToken: next };
}
