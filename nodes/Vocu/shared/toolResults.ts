import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { PostReceiveHook } from './routing/hooks';
import { operationKeyOf } from './errors';
import { runsAsTool } from './errors/forTools';

/**
 * Whether to download audio. As an AI agent tool never: agents drop binary data (n8n 2.x logs that it was
 * omitted) and pass the audio URL on, so Download Audio applies to workflow runs only. (n8n fills defaults into
 * the parameters before a run, so a setting the user chose cannot be told apart from the default.)
 */
export function wantsAudioDownload(context: IExecuteSingleFunctions, fallback: boolean): boolean {
	return !runsAsTool(context) && context.getNodeParameter('downloadAudio', fallback) === true;
}

/** What a delete answers, in every run: `{ deleted: true }` and the ID it removed. */
export function deletedJson(ids: IDataObject): IDataObject {
	return { deleted: true, ...ids };
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

type ToolShaper = (context: IExecuteSingleFunctions, json: IDataObject) => IDataObject;

const speechShaper: ToolShaper = (context, json) =>
	toolSpeechJson(json, String(context.getNodeParameter('text', '') ?? ''));
const taskShaper: ToolShaper = (_context, json) => toolTaskJson(json);

/** Operations whose full output is more than an agent needs, keyed `resource.operation`. */
const TOOL_SHAPERS: Record<string, ToolShaper> = {
	'speech.convertVoice': speechShaper,
	'speech.generate': speechShaper,
	'speech.stream': speechShaper,
	'audio.generateMusic': taskShaper,
	'audio.generateScene': taskShaper,
	'audio.generateSoundEffect': taskShaper,
	'audio.separateVocals': taskShaper,
	'task.create': taskShaper,
	'task.createFromScript': taskShaper,
	'task.get': taskShaper,
	'task.regenerate': taskShaper,
	'voice.get': (_context, json) => toolVoiceJson(json),
	'voice.getAll': (_context, json) => toolVoiceJson(json),
};

/**
 * Last postReceive step when the node runs as a tool: generating operations answer with what the model needs
 * to pass the audio on (well under 1 KB of JSON), voice reads with what it needs to pick a voice and style. Binary data (Speech → Stream's bytes) is
 * dropped: an agent ignores it anyway. Other runs are left as they are.
 */
export const shapeOutputForTool: PostReceiveHook = async function (items) {
	if (!runsAsTool(this)) return items;
	const shaper = TOOL_SHAPERS[operationKeyOf(this)];
	if (!shaper) return items;
	return items.map((item) => ({
		json: shaper(this, item.json),
		...(item.pairedItem !== undefined ? { pairedItem: item.pairedItem } : {}),
	}));
};
