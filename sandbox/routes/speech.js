'use strict';
// Synchronous generation (/api/tts/simple-generate POST) and simple streaming (GET, also as .mp3), in Vocu's three
// modes (plain TTS, controllable "instruct" TTS, voice conversion), plus audio upload for voice conversion.

const { randomUUID } = require('node:crypto');
const { VocuError, ok, sleep } = require('../http');
const { decodeDataUrl } = require('../dataUrl');
const { checkGeneration, fromQuery, platformAudioPath, spokenText } = require('../generation');
const { speechSeconds } = require('../mp3');
const { audioSeconds } = require('../audio');

const MB = 1024 * 1024;
const MAX_UPLOAD_BYTES = 100 * MB;
const MAX_UPLOAD_SECONDS = 300;

function rateFactor(request) {
	const rate = request.speechRate;
	return typeof rate === 'number' && rate >= 0.5 && rate <= 2 ? rate : 1;
}

/** Logs (and records for GET /__sandbox/dropped-keys) what Vocu would ignore in this request. */
function noteIgnored(ctx, checked, request) {
	const { state, log, route } = ctx;
	const groups = [
		['unknown', checked.ignored],
		['cleared in voice conversion', checked.cleared],
		['no effect in this mode', checked.noEffect],
	];
	for (const [reason, keys] of groups) {
		if (!keys.length) continue;
		log(`simple-generate: Vocu ignores ${reason} field(s) ${keys.join(', ')}`);
		state.recordDropped({ route, keys, reason });
	}
	if (checked.languageDropped) {
		log(
			`simple-generate: language ${JSON.stringify(request.language)} is silently dropped by Vocu`,
		);
		state.recordDropped({ route, keys: ['language'], reason: 'value outside the list' });
	}
}

/** Admission, validation and billing shared by POST and GET: returns `{ result, bytes, mode }`. */
function generate(ctx, request) {
	const { state } = ctx;
	if (!state.account.isPaid) {
		throw new VocuError(403, 'TTS_PAID_ONLY', 'Synchronous generation needs a paid account');
	}
	const checked = checkGeneration(state, request);
	noteIgnored(ctx, checked, request);
	if (checked.problems.length)
		throw new VocuError(400, 'VALIDATION_INVALID_VALUE', checked.problems.join('; '));
	let seconds;
	let cost;
	if (checked.mode === 'vc') {
		// Billed by the input's duration (Vocu); the sandbox charges one credit per started second.
		seconds = state.fileSeconds(platformAudioPath(state, request.input_audio));
		cost = Math.max(1, Math.ceil(seconds));
	} else {
		const text = spokenText(request);
		seconds = speechSeconds(text) * rateFactor(request);
		cost = Math.max(1, text.length);
	}
	if (!state.charge(cost)) {
		throw new VocuError(
			403,
			'BILLING_INSUFFICIENT_CREDIT',
			'Not enough credits for this generation',
		);
	}
	const audio = state.putAudio('generate', seconds);
	const bytes = state.files.get(new URL(audio).pathname).body;
	const result = {
		id: randomUUID(),
		audio,
		streamUrl: state.streamUrlFor(audio),
		credit_used: cost,
	};
	const wantsSrt = request.srt === true && request.flash !== true && checked.mode === 'tts';
	if (wantsSrt) result.srt = state.putSrt([{ text: request.text, seconds }]);
	return { result, bytes, mode: checked.mode, seconds };
}

async function simpleGenerate(ctx) {
	const { result } = generate({ ...ctx, route: 'POST /api/tts/simple-generate' }, ctx.json());
	await sleep(ctx.timings.syncDelayMs);
	return { body: ok({ data: result }) };
}

/** JSON for an HTTP header: non-ASCII escaped, so any text fits. */
function headerJson(value) {
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** `{ start, end }` of a `Range: bytes=a-b` header within `size`, `null` if unsatisfiable, undefined if none. */
function byteRange(header, size) {
	const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
	if (!match || (match[1] === '' && match[2] === '')) return undefined;
	let start = match[1] === '' ? size - Number(match[2]) : Number(match[1]);
	let end = match[1] === '' || match[2] === '' ? size - 1 : Number(match[2]);
	start = Math.max(0, start);
	end = Math.min(size - 1, end);
	return start <= end && start < size ? { start, end } : null;
}

/** GET form: the body is the MP3 stream itself, metadata in headers; errors are JSON before any byte. */
async function simpleStream(ctx) {
	const { req, res, query } = ctx;
	const route = `GET ${new URL(req.url, 'http://x').pathname}`;
	const { result, bytes, mode, seconds } = generate({ ...ctx, route }, fromQuery(query));
	const headers = {
		'Content-Type': 'audio/mpeg',
		'X-Accel-Buffering': 'no',
		'X-Reecho-Audio-Id': result.id,
		'X-Reecho-Response-Data': headerJson({
			...result,
			estimatedDuration: Math.round(seconds * 100) / 100,
		}),
	};
	let body = bytes;
	let status = 200;
	if (mode === 'instruct') {
		// The instruct path answers Range requests (Vocu: Accept-Ranges, ETag, 206/416).
		Object.assign(headers, { 'Accept-Ranges': 'bytes', ETag: `"${result.id}"` });
		const range = byteRange(req.headers.range, bytes.length);
		if (range === null) {
			res.writeHead(416, { ...headers, 'Content-Range': `bytes */${bytes.length}` });
			return void res.end();
		}
		if (range) {
			status = 206;
			headers['Content-Range'] = `bytes ${range.start}-${range.end}/${bytes.length}`;
			body = bytes.subarray(range.start, range.end + 1);
		}
		headers['Content-Length'] = body.length;
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	const pieces = 4;
	const size = Math.ceil(body.length / pieces);
	for (let offset = 0; offset < body.length; offset += size) {
		if (res.destroyed) return undefined;
		res.write(body.subarray(offset, offset + size));
		await sleep(Math.round(ctx.timings.syncDelayMs / pieces));
	}
	res.end();
	return undefined;
}

function uploadAudio({ state, json }) {
	const { audio } = json();
	if (audio === undefined || audio === null || audio === '') {
		throw new VocuError(400, 'VALIDATION_MISSING_FIELD', 'Missing audio', {
			detail: { field: 'audio' },
		});
	}
	const decoded = decodeDataUrl(audio);
	if (
		!decoded ||
		!/^(audio\/|video\/(mp4|webm)$)/.test(decoded.mime) ||
		decoded.bytes.length === 0
	) {
		throw new VocuError(
			400,
			'UPLOAD_AUDIO_INVALID',
			'audio must be an audio data URL (data:audio/...;base64,...)',
		);
	}
	if (decoded.bytes.length > MAX_UPLOAD_BYTES)
		throw new VocuError(413, 'UPLOAD_TOO_LARGE', 'Audio larger than 100 MB');
	const seconds = audioSeconds(decoded.bytes);
	if (seconds > MAX_UPLOAD_SECONDS) {
		throw new VocuError(
			400,
			'VALIDATION_TOO_LONG',
			`Audio is ${Math.round(seconds)} s long; at most ${MAX_UPLOAD_SECONDS} s`,
		);
	}
	// Vocu transcodes uploads to MP3; the sandbox stores a silent MP3 of the same length instead.
	const url = state.putAudio('vc-input', seconds);
	return { body: ok({ data: { url, duration: Math.round(seconds * 100) / 100 } }) };
}

function register(router) {
	router
		.route('POST', '/api/tts/simple-generate', simpleGenerate)
		.route('GET', '/api/tts/simple-generate', simpleStream)
		.route('GET', '/api/tts/simple-generate.mp3', simpleStream)
		.route('POST', '/api/tts/upload-audio', uploadAudio);
}

module.exports = { register, MAX_UPLOAD_SECONDS };
