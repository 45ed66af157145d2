export const CREDENTIAL_NAME = 'vocuApi';

/** The icon of both nodes (each node folder holds the two files; the build copies them into dist/). */
export const VOCU_ICON = { light: 'file:vocu.svg', dark: 'file:vocu.dark.svg' } as const;

/**
 * Every Vocu API path the node calls. `:name` placeholders are filled from the node parameter of that name
 * (declarative routing, see routing/pathParameters.ts) or with `fillPath` (code paths). Paths marked "unconfirmed"
 * are this package's best reading because Vocu's page for them is lost: correcting one is a
 * one-line change here.
 */
export const API_PATHS = {
	accountInfo: '/api/account/info',

	voices: '/api/voice',
	voice: '/api/voice/:voiceId',
	voiceByShareId: '/api/voice/byShareId',
	/** Unconfirmed: taken from third-party code; Vocu's page is lost. */
	voiceShareId: '/api/voice/:voiceId/share',
	voiceStyles: '/api/voice/:voiceId/prompt',
	voiceStyle: '/api/voice/:voiceId/prompt/:styleId',
	voiceAvatar: '/api/voice/:voiceId/avatar',
	voiceInfo: '/api/voice/:voiceId/info',
	voiceStyleInfo: '/api/voice/:voiceId/prompt/:styleId/info',
	voiceStyleDefault: '/api/voice/:voiceId/prompt/:styleId/default',
	voiceStyleReset: '/api/voice/:voiceId/prompt/:styleId/reset',
	voiceStyleTranscript: '/api/voice/:voiceId/prompt/:styleId/stt',

	speechGenerate: '/api/tts/simple-generate',
	/** The streaming variant of simple-generate: GET with query parameters, the answer is the MP3 itself. */
	speechStream: '/api/tts/simple-generate.mp3',

	presets: '/api/tts/presets',

	tasks: '/api/tts/generate',
	task: '/api/tts/generate/:taskId',

	/** Input audio for voice conversion and audio tasks; answers the URL to send as `input_audio`. */
	uploadAudio: '/api/tts/upload-audio',
	uploadNewFile: '/api/editor/multipartUpload/newFile',
	/** Unconfirmed: the chunk route and its field names are our best reading. */
	uploadChunk: '/api/editor/multipartUpload/upload',
	uploadFinish: '/api/editor/multipartUpload/finish',

	templates: '/api/template',
	template: '/api/template/:templateId',

	splitters: '/api/splitter',
	splitter: '/api/splitter/:splitterId',
} as const;

/** Encodes an ID for a path segment; `market:<uuid>` keeps its colon. */
export function encodePathId(id: string): string {
	return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** Fills `:name` placeholders of an API path, for code paths. */
export function fillPath(template: string, params: Record<string, string>): string {
	return template.replace(/:([A-Za-z]+)/g, (_match, name: string) =>
		encodePathId(params[name] ?? ''),
	);
}

export const BASE_URLS = {
	global: 'https://v1.vocu.ai',
	china: 'https://v1.wusound.cn',
} as const;

/** Vocu holds a synchronous generation up to ~330 s when the account is at its concurrency limit. */
export const SYNC_GENERATION_TIMEOUT_MS = 360_000;

export const LIMITS = {
	voiceSampleBytes: 100 * 1024 * 1024,
	styleSampleBytes: 20 * 1024 * 1024,
	avatarBytes: 10 * 1024 * 1024,
	uploadAudioBytes: 100 * 1024 * 1024,
	uploadAudioSeconds: 300,
	speechRateMin: 0.5,
	speechRateMax: 2,
	emotionMin: 0,
	emotionMax: 10,
	defaultPageSize: 20,
	maxPageSize: 100,
	/** Vocu silently clamps the splitter list's `limit` to 1–50. */
	splitterMaxPageSize: 50,
	/** Splitter names: Vocu trims them and refuses more than 100 characters. */
	splitterNameMaxChars: 100,
	/** Chunked upload: chunk size offered to users, in MiB. */
	uploadChunkDefaultMiB: 5,
	uploadChunkMinMiB: 1,
	uploadChunkMaxMiB: 50,
} as const;

/** Voice states in which Vocu accepts generation requests. */
export const USABLE_VOICE_STATUSES = ['pending', 'lora-success', 'lora-awaiting-auto-reupload'];
export const FAILED_VOICE_STATUSES = ['failed', 'lora-failed', 'lora-need-reupload'];

export const AUDIO_MIME_TYPE = 'audio/mpeg';
export const REQUEST_ID_HEADER = 'x-vocu-app-request-id';
