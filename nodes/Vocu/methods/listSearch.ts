import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { API_PATHS } from '../shared/constants';
import { vocuRequest } from '../shared/transport';

interface VoiceSummary extends IDataObject {
	id: string;
	name?: string;
	from?: string;
	status?: string;
	version?: string;
}

/** The account's voices (market voices included and labelled), filtered by the search text. */
export async function searchVoices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await vocuRequest<{ data?: VoiceSummary[] }>(this, {
		method: 'GET',
		path: API_PATHS.voices,
		qs: { showMarket: true },
	});
	const needle = filter?.trim().toLowerCase();
	const results = (body.data ?? [])
		.filter((voice) => !needle || `${voice.name ?? ''} ${voice.id}`.toLowerCase().includes(needle))
		.map((voice) => {
			const market = voice.from === 'market' || voice.id.startsWith('market:');
			const details = [voice.version, voice.status && voice.status !== 'pending' ? voice.status : undefined]
				.filter(Boolean)
				.join(', ');
			return {
				name: `${voice.name ?? voice.id}${market ? ' (Market)' : ''}${details ? ` · ${details}` : ''}`,
				value: voice.id,
			};
		});
	return { results };
}
