import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { ToolOutput } from './routing/pipeline';
import { runsAsTool } from './errors/forTools';

/**
 * Whether to download audio. As an AI agent tool never: agents drop binary data (n8n 2.x logs that it was
 * omitted) and pass the audio URL on, so Download Audio applies to workflow runs only. (n8n fills defaults into
 * the parameters before a run, so a setting the user chose cannot be told apart from the default.)
 */
export function wantsAudioDownload(context: IExecuteSingleFunctions, fallback: boolean): boolean {
	return !runsAsTool(context) && context.getNodeParameter('downloadAudio', fallback) === true;
}

function defined(json: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(json).filter(([, value]) => value !== undefined && value !== null),
	);
}

/** A speech result an agent can pass on: the audio URL (and stream URL), the ID, credits and text length. */
export function toolSpeechJson(json: IDataObject, text: string): IDataObject {
	return defined({
		id: json.id,
		audioUrl: json.audioUrl,
		streamUrl: json.streamUrl,
		creditUsed: json.creditUsed,
		characters: text.length || undefined,
		durationSeconds: json.estimatedDuration ?? json.duration,
		...(json.audioUrl || json.streamUrl
			? {}
			: { note: 'Vocu sent no audio URL; use Speech → Generate for one.' }),
	});
}

/**
 * A task an agent can pass on: ID, status, the merged audio URL, characters, segment count, wait flags. Reads
 * Vocu's task and the simplified one (Task → Get with Simplify on: audioUrl, characters, segments at the top).
 */
export function toolTaskJson(task: IDataObject): IDataObject {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = (
		Array.isArray(metadata.contents)
			? metadata.contents
			: Array.isArray(task.segments)
				? task.segments
				: []
	) as IDataObject[];
	const audioUrl =
		metadata.audio ??
		task.audioUrl ??
		(contents.length === 1 ? (contents[0].audio ?? contents[0].audioUrl) : undefined);
	const subtitlesUrl = metadata.srtUrl ?? metadata.srt ?? task.subtitlesUrl;
	return defined({
		id: task.id,
		status: task.status,
		audioUrl,
		characters: metadata.characters ?? task.characters,
		segments: contents.length || undefined,
		creditUsed: task.credit_used ?? task.creditUsed,
		subtitlesUrl: typeof subtitlesUrl === 'string' ? subtitlesUrl : undefined,
		waitTimedOut: task.waitTimedOut,
		waitError: task.waitError,
		...(task.status === 'generated' || !task.id
			? {}
			: { next: `Task → Get with ID ${String(task.id)} gives the audio URL once generated.` }),
	});
}

/** A voice an agent can pick: ID, name, status and styles (ID and name), from the full or the simplified voice. */
export function toolVoiceJson(voice: IDataObject): IDataObject {
	const metadata = (voice.metadata ?? {}) as IDataObject;
	const styles = (voice.styles ?? metadata.prompts ?? []) as IDataObject[];
	return defined({
		id: voice.id,
		name: voice.name,
		status: voice.status,
		styles: styles.map((style) => ({ id: style.id, name: style.name })),
	});
}

/** Speech → Generate / Stream as a tool: what the model needs to pass the audio on (well under 1 KB of JSON). */
export const speechToolOutput: ToolOutput = function (json) {
	return toolSpeechJson(json, String(this.getNodeParameter('text', '') ?? ''));
};

/** A task operation as a tool: ID, status and the audio URL, not Vocu's whole task. */
export const taskToolOutput: ToolOutput = function (json) {
	return toolTaskJson(json);
};

/** A voice read as a tool: what the model needs to pick a voice and style. */
export const voiceToolOutput: ToolOutput = function (json) {
	return toolVoiceJson(json);
};
