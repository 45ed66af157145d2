/** What the node says about a failure: the headline and what to do. */
export interface Explanation {
	message: string;
	description: string;
}

/**
 * Vocu's machine error codes (the `code` of its error envelope): what happened, and what the user can do about it.
 * A code that is missing here falls back to the HTTP status (see explanations.ts).
 */
export const CODE_EXPLANATIONS: Record<string, Explanation> = {
	AUTH_UNAUTHORIZED: {
		message: 'Vocu rejected the API key',
		description:
			'Check the API key in the Vocu credential; keys are created under API Platform in the Vocu web app.',
	},
	AUTH_FORBIDDEN: {
		message: 'This account may not change that resource',
		description:
			'Only voices you created yourself can be edited; market and library voices are read-only.',
	},
	TTS_PAID_ONLY: {
		message: 'Synchronous generation needs a paid Vocu account',
		description:
			'Use Task → Create instead (asynchronous generation works on free accounts), or upgrade the account.',
	},
	TTS_SESSION_TOKEN_NOT_ALLOWED: {
		message: 'Synchronous generation needs an API key, not a web session token',
		description:
			'Create an API key under API Platform in the Vocu web app and use it in the credential.',
	},
	BILLING_INSUFFICIENT_CREDIT: {
		message: 'Not enough Vocu credits',
		description:
			'Top up the account in the Vocu web app, or shorten the text. Account → Get shows the balance.',
	},
	BILLING_QUOTA_EXCEEDED: {
		message: 'No professional-cloning quota left',
		description:
			'Account → Get shows the remaining quota (quota.lora); buy more in the Vocu web app.',
	},
	VOICE_NOT_FOUND: {
		message: 'The voice does not exist in this account',
		description:
			'Pick the voice from the list, or check the ID (Voice → Get Many lists the voices of the account). Market voices must be bought first.',
	},
	VOICE_CREATING: {
		message: 'The voice is still being created',
		description:
			"Wait until it is ready: turn on 'Wait Until Ready' in Voice → Create, or retry later.",
	},
	VOICE_CREATE_FAILED: {
		message: 'The voice failed to be created and cannot be used',
		description:
			'Delete it and create it again with a clearer sample of at least 3 seconds of speech.',
	},
	VOICE_NOT_TTS_READY: {
		message: 'The voice is not ready for speech generation',
		description: 'Check the voice status with Voice → Get and try again once it is ready.',
	},
	VOICE_INSTRUCT_PATH_ONLY: {
		message: 'This voice speaks only in controllable generation (v4.0 voices)',
		description:
			'Set Generation Mode to Auto (by Voice Model) or Controllable; Auto picks the path from the voice.',
	},
	VOICE_PROMPT_TOO_LARGE: {
		message: 'The audio sample is too large',
		description:
			'Voice samples may be up to 100 MB and style samples up to 20 MB. Trim or compress the audio.',
	},
	VOICE_PROMPT_MISSING: {
		message: 'No audio sample was sent',
		description: "Check that the input item has the binary property named in 'Input Binary Field'.",
	},
	MINIMUM_DURATION_NOT_MET: {
		message: 'The audio sample is too short',
		description: 'Use a sample with at least 3 seconds of clear speech.',
	},
	VOCAL_NOT_DETECTED: {
		message: 'No voice was detected in the audio sample',
		description:
			'Use a sample with clear speech, or turn on Vocal Filter to separate background sound.',
	},
	VOICE_PROBE_FAILED: {
		message: 'Vocu could not read the audio sample',
		description:
			'Use a common audio format (MP3, WAV, M4A) and check that the file is not damaged.',
	},
	LANGUAGE_DETECT_FAILURE: {
		message: 'Vocu could not detect the language of the sample',
		description: 'Set the Language option explicitly.',
	},
	UNSUPPORTED_LANGUAGE: {
		message: 'The language is not supported',
		description: 'Choose one of the languages offered in the Language option.',
	},
	VOICE_MODEL_VERSION_INVALID: {
		message: 'The model version is not valid',
		description: 'Choose v3.0 or v4.0.',
	},
	VOICE_UNAVAILABLE: {
		message: 'The voice is temporarily unavailable',
		description: 'Vocu is preparing the voice; retry in a minute.',
	},
	UPLOAD_TOO_LARGE: {
		message: 'The uploaded file is too large',
		description: 'Audio uploads may be up to 100 MB and avatars about 10 MB.',
	},
	UPLOAD_AUDIO_INVALID: {
		message: 'Vocu could not read the uploaded audio',
		description: 'Use a common audio format and check that the file is not damaged.',
	},
	// Vocu uses this code for a text, an uploaded audio and a splitter name; operations say which (explanations.ts).
	VALIDATION_TOO_LONG: {
		message: 'A value is too long for Vocu',
		description: "Vocu's message below names the value and its limit: shorten it and run again.",
	},
	VALIDATION_BAD_PARAMS: {
		message: 'Vocu rejected a parameter',
		description:
			'Check the node fields against what Vocu says below; options the voice or its model version does not support are refused this way too.',
	},
	VALIDATION_INVALID_FORMAT: {
		message: 'A value has the wrong format',
		description:
			'Check IDs (UUIDs) and files (audio or image of a common format) in the node fields.',
	},
	VALIDATION_INVALID_VALUE: {
		message: 'A value is not allowed',
		description:
			'Check the Generation Options (preset, language, speech rate) and that the voice suits them.',
	},
	VALIDATION_MISSING_FIELD: {
		message: 'A required value is missing',
		description: 'Fill in the field Vocu names below.',
	},
	VALIDATION_CONFLICT: {
		message: 'Values that cannot be combined were sent',
		description: 'Check the node fields for options that exclude each other.',
	},
	VOICE_LORA_ARTIFACT_MISSING: {
		message: 'The training archive is missing or incomplete',
		description:
			'Upload the ZIP again with File → Upload Training Archive and use the new uploadId as Training Archive Upload ID.',
	},
	TTS_INPUT_AUDIO_INVALID: {
		message: 'The input audio is not usable',
		description: 'Upload the audio with File → Upload Audio and pass the URL it returns.',
	},
	TTS_SPLITTER_INVALID: {
		message: 'The text splitter settings are not valid',
		description: 'Check the splitter in the Vocu web app, or send segments instead.',
	},
	TTS_SPLITTER_METADATA_INVALID: {
		message: 'Vocu could not read the text splitter configuration',
		description:
			'Check the splitter in the Vocu web app; if it keeps failing, contact Vocu support with the request ID.',
	},
	SPLITTER_NOT_FOUND: {
		message: 'The text splitter does not exist',
		description: 'Check the splitter ID in the Vocu web app, or send segments instead.',
	},
	PROJECT_NOT_FOUND: {
		message: 'The project does not exist',
		description: 'Check the project ID in the Vocu web app.',
	},
	USER_NOT_FOUND: {
		message: 'Vocu could not find the account of this API key',
		description: 'Check the API key in the Vocu credential; the account may have been closed.',
	},
	STREAM_TIMEOUT: {
		message: 'Vocu did not start generating in time',
		description: 'Vocu is busy; retry later, or use Task → Create, which queues the work.',
	},
	STREAM_FETCH_FAILED: {
		message: 'Vocu could not fetch the audio stream',
		description: 'Retry; if it keeps failing, use Speech → Generate.',
	},
	SAFETY_CHECK_FAILED: {
		message: 'Vocu could not run its content safety check',
		description: 'Retry later; if it keeps failing, contact Vocu support with the request ID.',
	},
	SAFETY_CONTENT_REJECTED: {
		message: 'Vocu rejected the content in its safety check',
		description: 'Change the text or audio; Vocu does not generate content that fails its policy.',
	},
	SAFETY_PROFILE_REJECTED: {
		message: 'Vocu rejected the name, description or image in its safety check',
		description: 'Change the name, description or avatar.',
	},
	TTS_TEXT_EMPTY: { message: 'The text is empty', description: 'Provide text to speak.' },
	TTS_CONTENTS_INVALID: {
		message: 'Vocu rejected one of the task segments',
		description:
			'Vocu does not say which one. Check every segment: a voice ID, non-empty text, a supported language, five emotion values from 0 to 10, input audio URLs from File → Upload Audio, and values Vocu leaves undocumented (sound effect, music, scene and pause settings).',
	},
	TTS_GENERATE_FAILED: {
		message: 'Vocu failed to generate the audio',
		description: 'Retry; you are not charged for failed generations.',
	},
	WATERMARK_PROCESS_FAILED: {
		message: 'Vocu failed to finish the audio file',
		description: 'Retry; you are not charged for failed generations.',
	},
	GENERATE_NOT_FOUND: {
		message: 'The task does not exist',
		description: 'Check the task ID; deleted tasks and tasks of other accounts are not visible.',
	},
	GENERATE_DELETE_IN_PROGRESS: {
		message: 'The task is still running and cannot be deleted yet',
		description: 'Vocu has no cancel: wait until the task is generated or failed, then delete it.',
	},
	RESOURCE_NOT_FOUND: {
		message: 'The resource does not exist',
		description: 'Check the ID; deleted items and items of other accounts are not visible.',
	},
	RATE_LIMIT_EXCEEDED: {
		message: 'Vocu rate limit reached',
		description:
			"Slow down: lower 'Items per Batch' or raise 'Batch Interval' in the node options.",
	},
	RATE_LIMIT_CONCURRENT: {
		message: 'Too many simultaneous generations for this account',
		description:
			"Lower 'Items per Batch' under Options to the account concurrency (Account → Get shows quota.syncBaseConcurrent + quota.syncPaidConcurrent), or use Task → Create.",
	},
	STORAGE_UNAVAILABLE: {
		message: 'Vocu storage is temporarily unavailable',
		description: 'Retry in a minute.',
	},
	NO_WORKER_AVAILABLE: {
		message: 'Vocu has no free worker right now',
		description: 'Retry in a minute.',
	},
	SYSTEM_INTERNAL_ERROR: {
		message: 'Vocu had an internal error',
		description: 'Retry; if it keeps failing, contact Vocu support with the request ID.',
	},
};
