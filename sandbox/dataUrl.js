'use strict';
// Base64 data URLs, the way Vocu takes voice samples, avatars and upload-audio input inside JSON.

const { VocuError } = require('./http');

/** `{ mime, bytes }` of a `data:<mime>;base64,<data>` string, or undefined when it is not one. */
function decodeDataUrl(value) {
	if (typeof value !== 'string') return undefined;
	const match = /^data:([\w.+-]+\/[\w.+-]+)(?:;[\w-]+=[\w.-]+)*;base64,([A-Za-z0-9+/=\s]*)$/.exec(
		value,
	);
	if (!match) return undefined;
	return { mime: match[1].toLowerCase(), bytes: Buffer.from(match[2], 'base64') };
}

/**
 * Checks an audio sample data URL like Vocu's voice/style endpoints: present, audio, within `maxBytes`,
 * and long enough to hold 3 s of speech (the sandbox uses a byte count as a stand-in for duration).
 */
function audioSample(
	value,
	{ maxBytes, tooLargeCode = 'VOICE_PROMPT_TOO_LARGE', field = 'prompt' },
) {
	if (value === undefined || value === null || value === '') {
		throw new VocuError(
			400,
			'VOICE_PROMPT_MISSING',
			`Missing ${field}: send the sample as data:audio/...;base64,...`,
		);
	}
	const decoded = decodeDataUrl(value);
	if (!decoded || !/^(audio\/|video\/(mp4|webm)$)/.test(decoded.mime)) {
		throw new VocuError(
			400,
			'VOICE_PROBE_FAILED',
			`The ${field} is not an audio data URL (data:audio/...;base64,...)`,
		);
	}
	if (decoded.bytes.length > maxBytes) {
		throw new VocuError(413, tooLargeCode, `The ${field} is larger than ${maxBytes} bytes`);
	}
	if (decoded.bytes.length < 1024) {
		throw new VocuError(
			400,
			'MINIMUM_DURATION_NOT_MET',
			'The sample must contain at least 3 seconds of speech',
		);
	}
	return decoded;
}

function imageDataUrl(value, { maxChars }) {
	if (value === undefined || value === null || value === '') {
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing avatar', {
			detail: { field: 'avatar' },
		});
	}
	if (typeof value === 'string' && value.length > maxChars) {
		throw new VocuError(
			413,
			'UPLOAD_TOO_LARGE',
			'The avatar image is too large (about 10 MB at most)',
		);
	}
	const decoded = decodeDataUrl(value);
	if (!decoded || !decoded.mime.startsWith('image/') || decoded.bytes.length === 0) {
		throw new VocuError(
			400,
			'VALIDATION_INVALID_FORMAT',
			'The avatar must be an image data URL (data:image/...;base64,...)',
		);
	}
	return decoded;
}

module.exports = { decodeDataUrl, audioSample, imageDataUrl };
