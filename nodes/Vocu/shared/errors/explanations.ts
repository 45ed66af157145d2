import type { OperationKey } from '../routing/operationKeys';
import { CODE_EXPLANATIONS, type Explanation } from './codes';

export type { Explanation };

/** When Vocu sends no machine code (older API versions), the HTTP status decides. */
export const STATUS_EXPLANATIONS: Record<number, Explanation> = {
	400: {
		message: 'Vocu rejected the request parameters',
		description: 'Check the values of the node fields.',
	},
	401: CODE_EXPLANATIONS.AUTH_UNAUTHORIZED,
	403: {
		message: 'Vocu refused the request',
		description:
			'The account may lack credits, a paid plan or the feature. Account → Get shows credits and quota.',
	},
	404: CODE_EXPLANATIONS.RESOURCE_NOT_FOUND,
	409: CODE_EXPLANATIONS.VOICE_CREATING,
	413: CODE_EXPLANATIONS.UPLOAD_TOO_LARGE,
	429: CODE_EXPLANATIONS.RATE_LIMIT_EXCEEDED,
	500: CODE_EXPLANATIONS.SYSTEM_INTERNAL_ERROR,
	502: { message: 'Vocu is unreachable (bad gateway)', description: 'Retry in a minute.' },
	503: { message: 'Vocu is temporarily unavailable', description: 'Retry in a minute.' },
	504: {
		message: 'Vocu did not answer in time (gateway timeout)',
		description: 'Retry in a minute.',
	},
};

/** A 404 on the path of a saved thing of the account: missing, deleted or another account's. */
function accountItemNotFound(thing: string, whereListed = ''): Explanation {
	return {
		message: `The ${thing} does not exist`,
		description: `Check the ${thing} ID${whereListed}; deleted ${thing}s and ${thing}s of other accounts are not visible.`,
	};
}

const TEMPLATE_NOT_FOUND = accountItemNotFound('template');

const UPLOAD_NOT_FOUND: Explanation = {
	message: 'The upload does not exist',
	description: 'Check the Upload ID: it comes from File → Create Upload in the same Vocu account.',
};

const SPLITTER_NOT_FOUND = accountItemNotFound('splitter', ' (Splitter → Get Many lists them)');

const SPLIT_LONG_TEXT =
	'Task → Create with Options → Split Long Text (on once added) splits a text at sentence boundaries into segments of one task, and Vocu merges the audio.';

const SPEECH_TEXT_TOO_LONG: Explanation = {
	message: 'The text is too long for one synchronous generation',
	description: `Vocu's message below may name its limit. ${SPLIT_LONG_TEXT}`,
};

const SEGMENT_TEXT_TOO_LONG: Explanation = {
	message: 'A segment text is too long for Vocu',
	description: `Vocu's message below may name its limit. With one segment: ${SPLIT_LONG_TEXT} With several: split the segment Vocu names, or lower Max Characters per Segment.`,
};

const SPLITTER_NAME_TOO_LONG: Explanation = {
	message: 'The splitter name is too long',
	description: 'Splitter names may be at most 100 characters.',
};

/**
 * Messages that only make sense for one operation, keyed `resource.operation` → Vocu's code or HTTP status
 * (a code wins: one status carries many codes).
 */
export const OPERATION_EXPLANATIONS: Partial<
	Record<OperationKey, Record<number | string, Explanation>>
> = {
	'voice.addByShareId': {
		404: {
			message: 'Share ID does not exist or has expired',
			description:
				'Share IDs work once. Ask the owner of the voice for a new one (Voice → Get Share ID).',
		},
	},
	'voice.getShareId': {
		404: CODE_EXPLANATIONS.VOICE_NOT_FOUND,
	},
	// A 404 on a voice path means the voice, whether or not Vocu sends a code (older API versions send none).
	'voice.get': { 404: CODE_EXPLANATIONS.VOICE_NOT_FOUND },
	'voice.delete': { 404: CODE_EXPLANATIONS.VOICE_NOT_FOUND },
	'voice.addStyle': { 404: CODE_EXPLANATIONS.VOICE_NOT_FOUND },
	'voice.deleteStyle': { 404: CODE_EXPLANATIONS.VOICE_NOT_FOUND },
	'voice.uploadAvatar': { 404: CODE_EXPLANATIONS.VOICE_NOT_FOUND },
	// On a task path a 404 is the task; deleting a task that is still running answers 403, with or without a code.
	'task.get': { 404: CODE_EXPLANATIONS.GENERATE_NOT_FOUND },
	'task.regenerate': { 404: CODE_EXPLANATIONS.GENERATE_NOT_FOUND },
	'task.delete': {
		403: CODE_EXPLANATIONS.GENERATE_DELETE_IN_PROGRESS,
		404: CODE_EXPLANATIONS.GENERATE_NOT_FOUND,
	},
	// On a template path a 404 is the template: missing, deleted or another account's.
	'template.get': { 404: TEMPLATE_NOT_FOUND },
	'template.update': { 404: TEMPLATE_NOT_FOUND },
	'template.delete': { 404: TEMPLATE_NOT_FOUND },
	// Chunk and finish calls name an upload.
	'file.uploadChunk': { 404: UPLOAD_NOT_FOUND },
	'file.finishUpload': { 404: UPLOAD_NOT_FOUND },
	// On a splitter path a 404 is the splitter: missing, deleted or another account's.
	'splitter.get': { 404: SPLITTER_NOT_FOUND },
	'splitter.update': { 404: SPLITTER_NOT_FOUND, VALIDATION_TOO_LONG: SPLITTER_NAME_TOO_LONG },
	'splitter.delete': { 404: SPLITTER_NOT_FOUND },
	// A synchronous generation whose body is too large is a text too long for one request.
	'speech.generate': { 413: SPEECH_TEXT_TOO_LONG, VALIDATION_TOO_LONG: SPEECH_TEXT_TOO_LONG },
	// Vocu's one "too long" code: only the limit of what the operation sends.
	'task.create': { VALIDATION_TOO_LONG: SEGMENT_TEXT_TOO_LONG },
	'file.uploadAudio': {
		VALIDATION_TOO_LONG: {
			message: 'The audio is too long for Vocu',
			description: 'Uploaded audio may be at most 300 seconds: trim it and upload again.',
		},
	},
	'splitter.create': { VALIDATION_TOO_LONG: SPLITTER_NAME_TOO_LONG },
};

/** A 2xx answer to a JSON request whose body could not be parsed (cut off, or a proxy's page). */
export const NOT_JSON: Explanation = {
	message: 'Vocu sent an answer that is not valid JSON',
	description:
		'The answer may be cut off or come from a proxy in between. Retry; if the request was a generation, it may have run, so check the history in the Vocu web app first.',
};

/** What to say for a status that no table knows. */
export function unknownStatus(httpCode: number): Explanation {
	return {
		message: `Vocu answered with HTTP ${httpCode}`,
		description: 'Retry, or check the request parameters.',
	};
}
