// Subtitles as a file: Vocu returns SRT as text or as a URL (the sync answer's and the stream header's `srt`, a
// task's `metadata.srt`); the item gets it as an `.srt` binary beside the audio.
import type {
	IBinaryData,
	IExecuteSingleFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { isHttpUrl, redactUrl } from './audio';

export const SRT_MIME_TYPE = 'application/x-subrip';
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** Said in the JSON when subtitles were asked for and Vocu sent none. */
export const NO_SUBTITLES =
	'Subtitles were asked for, but Vocu returned none. Vocu makes none on free plans, with Flash Mode or in controllable generation.';

async function srtBytes(
	context: IExecuteSingleFunctions,
	srt: unknown,
): Promise<Buffer | undefined> {
	if (typeof srt === 'string' && srt.includes('-->')) return Buffer.from(srt, 'utf8');
	if (!isHttpUrl(srt)) return undefined;
	try {
		// Storage host: fetched without the credential.
		const body = (await context.helpers.httpRequest({
			method: 'GET',
			url: srt,
			encoding: 'arraybuffer',
			timeout: DOWNLOAD_TIMEOUT_MS,
		})) as ArrayBuffer | Buffer;
		return Buffer.isBuffer(body) ? body : Buffer.from(body);
	} catch (error) {
		throw new NodeApiError(context.getNode(), { url: redactUrl(srt) } as JsonObject, {
			message: 'Downloading the subtitles failed',
			description: `${(error as Error).message}. From ${redactUrl(srt)}. The audio itself was generated; run the node again or fetch the file from that URL.`,
			itemIndex: context.getItemIndex(),
		});
	}
}

/** The SRT file, or undefined when Vocu gave neither SRT text nor an SRT URL. */
export async function subtitlesFile(
	context: IExecuteSingleFunctions,
	srt: unknown,
	fileName: string,
): Promise<IBinaryData | undefined> {
	const bytes = await srtBytes(context, srt);
	if (!bytes?.length) return undefined;
	return await context.helpers.prepareBinaryData(bytes, fileName, SRT_MIME_TYPE);
}

/**
 * The item with the subtitles in `<audio field>_srt` (named after the audio file, `.srt`); when they were asked
 * for and Vocu sent none, the JSON says so in `subtitles`.
 */
export async function withSubtitles(
	context: IExecuteSingleFunctions,
	item: INodeExecutionData,
	srt: unknown,
	audioField: string,
	asked: boolean,
): Promise<INodeExecutionData> {
	const audioName = item.binary?.[audioField]?.fileName ?? 'audio.mp3';
	const file = await subtitlesFile(context, srt, audioName.replace(/\.[^.]*$/, '') + '.srt');
	if (file) return { ...item, binary: { ...item.binary, [`${audioField}_srt`]: file } };
	return asked ? { ...item, json: { ...item.json, subtitles: NO_SUBTITLES } } : item;
}
