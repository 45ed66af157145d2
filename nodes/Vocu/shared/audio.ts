import type {
	IBinaryData,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { binarySize } from './binary';
import { AUDIO_MIME_TYPE } from './constants';
import { withGenerationId } from './errors/errorItem';
import { headerValue } from './transport/headers';
import { isTransientFailure, retryDelayMs, retrying, valueOf } from './transport/retry';

/** Socket inactivity limit for audio downloads; a stalled storage host should not hang the workflow. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** Tries per download, the first included. */
const DOWNLOAD_ATTEMPTS = 3;

/** Content types that mean the host answered with a page or an error instead of a file. */
const NOT_AUDIO = /^(text\/|application\/(json|xml|problem\+json)$)/;

type BinarySource = Parameters<IExecuteSingleFunctions['helpers']['prepareBinaryData']>[0];

export function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const { protocol } = new URL(value);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/** The URL without query or fragment: stream URLs carry an `auth=` token that must not end up in messages. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.origin}${parsed.pathname}`;
	} catch {
		return '(invalid URL)';
	}
}

/** The last path segment of an audio URL (`…/12a2dcfd.mp3` → `12a2dcfd.mp3`), or `fallback`. */
export function fileNameFromUrl(url: string, fallback = 'audio.mp3'): string {
	try {
		const segment = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').trim();
		return segment || fallback;
	} catch {
		return fallback;
	}
}

/** The response's media type without parameters; missing or generic octet-stream means Vocu's MP3. */
export function audioMimeType(contentType: unknown): string {
	const type = String(contentType ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	return !type || type.endsWith('/octet-stream') ? AUDIO_MIME_TYPE : type;
}

export interface AudioTarget {
	/** What is being downloaded, for messages ("Task 1234… audio"). */
	label: string;
	/** File name for the binary; defaults to the URL's last path segment. */
	fileName?: string;
	/**
	 * The generation (or task) the audio belongs to, which was charged: a failure then points to the URL, not a
	 * re-run, and a Continue On Fail error item names it.
	 */
	chargedId?: string;
	/** Said in error descriptions, e.g. how to get the audio again. */
	hint?: string;
}

/** `retry`: a failure worth trying again, whose description says how without charging twice. */
type DownloadFailure = (
	problem: string,
	detail: string,
	options?: { statusCode?: number; retry?: boolean },
) => NodeApiError;

/** What to do after a failed download: never generate again what was charged. */
function downloadAdvice(url: string, target: AudioTarget, retry?: boolean): string {
	if (target.chargedId === undefined) return retry ? ' Run the node again.' : '';
	const instead = retry ? `fetch the file from ${redactUrl(url)}` : 'get a fresh link to it';
	return ` Generation ${target.chargedId} succeeded and was charged: ${instead} rather than generating it again, which charges again.`;
}

/** The error for a failed download: names what was downloaded and from where (without query string). */
function downloadFailure(
	context: IExecuteSingleFunctions,
	url: string,
	target: AudioTarget,
): DownloadFailure {
	const hint = target.hint ? ` ${target.hint}` : '';
	return (problem, detail, { statusCode, retry } = {}) =>
		new NodeApiError(
			context.getNode(),
			{ url: redactUrl(url), status: statusCode ?? null } as JsonObject,
			{
				message: `${target.label}: downloading the audio failed (${problem})`,
				description: `${detail} From ${redactUrl(url)}.${downloadAdvice(url, target, retry)}${hint}`,
				httpCode: statusCode === undefined ? undefined : String(statusCode),
				itemIndex: context.getItemIndex(),
			},
		);
}

/** GET without the credential, the body as a stream; a 2xx answer that is not audio is refused. */
async function audioResponse(
	context: IExecuteSingleFunctions,
	url: string,
	fail: DownloadFailure,
): Promise<IN8nHttpFullResponse> {
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: DOWNLOAD_TIMEOUT_MS,
			abortSignal: context.getExecutionCancelSignal(),
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw fail('connection failed', `${(error as Error).message}.`, { retry: true });
	}
	const contentType = headerValue(response.headers, 'content-type');
	const failed = response.statusCode < 200 || response.statusCode >= 300;
	if (failed || NOT_AUDIO.test(audioMimeType(contentType))) {
		(response.body as { destroy?: () => void }).destroy?.();
		throw fail(
			failed ? `HTTP ${response.statusCode}` : `${contentType} instead of audio`,
			'Audio links may expire; fetch the result again to get a fresh link.',
			{ statusCode: response.statusCode },
		);
	}
	return response;
}

/**
 * Downloads an audio file Vocu pointed to (storage.vocu.ai) into n8n binary data. The request carries no
 * credential, only http(s) URLs are fetched, and the body is streamed into n8n's binary store.
 */
export async function downloadAudio(
	context: IExecuteSingleFunctions,
	url: unknown,
	target: AudioTarget,
): Promise<IBinaryData> {
	try {
		return await fetchAudio(context, url, target);
	} catch (error) {
		throw withGenerationId(error, target.chargedId);
	}
}

async function fetchAudio(
	context: IExecuteSingleFunctions,
	url: unknown,
	target: AudioTarget,
): Promise<IBinaryData> {
	if (!isHttpUrl(url)) {
		const hint = target.hint ? ` ${target.hint}` : '';
		throw new NodeOperationError(
			context.getNode(),
			`${target.label}: Vocu gave no downloadable audio URL`,
			{
				description: `Got ${JSON.stringify(url ?? null)?.slice(0, 100)}; only http(s) URLs are downloaded.${hint}`,
				itemIndex: context.getItemIndex(),
			},
		);
	}
	const fail = downloadFailure(context, url, target);
	// The audio is already generated and paid for, and a GET changes nothing: a cut-short or failed download is
	// worth another try before the item fails.
	const outcome = await retrying(
		context,
		{
			attempts: DOWNLOAD_ATTEMPTS,
			waitAfter: (result, attempt) =>
				'error' in result && isTransientFailure(result.error) ? retryDelayMs(attempt) : undefined,
		},
		async () => await downloadOnce(context, url, target, fail),
	);
	return valueOf(outcome);
}

async function downloadOnce(
	context: IExecuteSingleFunctions,
	url: string,
	target: AudioTarget,
	fail: DownloadFailure,
): Promise<IBinaryData> {
	const response = await audioResponse(context, url, fail);
	const contentType = headerValue(response.headers, 'content-type');
	let binary: IBinaryData;
	try {
		binary = await context.helpers.prepareBinaryData(
			response.body as BinarySource,
			target.fileName?.trim() || fileNameFromUrl(url),
			audioMimeType(contentType),
		);
	} catch (error) {
		throw fail('connection failed', `${(error as Error).message}.`, { retry: true });
	}
	const expected = Number(headerValue(response.headers, 'content-length'));
	const received = await binarySize(context, binary);
	if ((Number.isFinite(expected) && expected > 0 && received !== expected) || received === 0) {
		const of = Number.isFinite(expected) ? expected : 'unknown';
		throw fail('cut off', `Received ${received} of ${of} bytes.`, { retry: true });
	}
	return binary;
}

/** Audio bytes that came in a response body (streaming generation) as n8n binary data. */
export async function audioFromBytes(
	context: IExecuteSingleFunctions,
	bytes: Buffer,
	fileName: string,
	contentType: unknown,
): Promise<IBinaryData> {
	return await context.helpers.prepareBinaryData(bytes, fileName, audioMimeType(contentType));
}

/** The name of the output binary property, checked. */
export function outputPropertyName(context: IExecuteSingleFunctions): string {
	const name = String(context.getNodeParameter('binaryPropertyOutput', 'data') ?? '').trim();
	if (!name) {
		const itemIndex = context.getItemIndex();
		throw new NodeOperationError(
			context.getNode(),
			`'Put Output File in Field' is empty [item ${itemIndex}]`,
			{
				description: 'Enter the name of the binary field that receives the audio, e.g. data.',
				itemIndex,
			},
		);
	}
	return name;
}
