'use strict';
// Synchronous generation (/api/tts/simple-generate POST) and simple streaming (GET), plus audio upload for voice conversion.

const { randomUUID } = require('node:crypto');
const { VocuError, ok, sleep } = require('../http');
const { decodeDataUrl } = require('../dataUrl');
const { checkGeneration, fromQuery } = require('../generation');
const { silentMp3, speechSeconds } = require('../mp3');

const MB = 1024 * 1024;

/** Admission, validation and billing shared by POST and GET: returns `{ id, audio, streamUrl, credit_used, bytes }`. */
function generate(ctx, request) {
	const { state, log } = ctx;
	if (!state.account.isPaid) {
		throw new VocuError(403, 'TTS_PAID_ONLY', 'Synchronous generation needs a paid account');
	}
	const { problems, ignored, languageDropped } = checkGeneration(state, request);
	if (ignored.length) log(`simple-generate: Vocu ignores unknown field(s) ${ignored.join(', ')}`);
	if (languageDropped)
		log(
			`simple-generate: language ${JSON.stringify(request.language)} is silently dropped by Vocu`,
		);
	if (problems.length) throw new VocuError(400, 'VALIDATION_INVALID_VALUE', problems.join('; '));
	const text = request.input_audio !== undefined ? 'voice conversion' : request.text;
	const cost = Math.max(1, text.length);
	if (!state.charge(cost)) {
		throw new VocuError(
			403,
			'BILLING_INSUFFICIENT_CREDIT',
			'Not enough credits for this generation',
		);
	}
	const bytes = silentMp3(speechSeconds(text));
	const audio = state.putFile(`/generate/${randomUUID()}/${randomUUID()}.mp3`, bytes, 'audio/mpeg');
	const result = {
		id: randomUUID(),
		audio,
		streamUrl: state.streamUrlFor(audio),
		credit_used: cost,
	};
	return { result, bytes };
}

async function simpleGenerate(ctx) {
	const { result } = generate(ctx, ctx.json());
	await sleep(ctx.timings.syncDelayMs);
	return { body: ok({ data: result }) };
}

/** GET form: the body is the MP3 stream itself, metadata in headers; errors are JSON before any byte. */
async function simpleStream(ctx) {
	const { result, bytes } = generate(ctx, fromQuery(ctx.query));
	const { res, req } = ctx;
	res.writeHead(200, {
		'Content-Type': 'audio/mpeg',
		'X-Accel-Buffering': 'no',
		'X-Reecho-Audio-Id': result.id,
		'X-Reecho-Response-Data': JSON.stringify(result),
	});
	if (req.method === 'HEAD') return res.end();
	const pieces = 4;
	const size = Math.ceil(bytes.length / pieces);
	for (let offset = 0; offset < bytes.length; offset += size) {
		if (res.destroyed) return undefined;
		res.write(bytes.subarray(offset, offset + size));
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
	if (decoded.bytes.length > 100 * MB)
		throw new VocuError(413, 'UPLOAD_TOO_LARGE', 'Audio larger than 100 MB');
	// Vocu transcodes uploads to MP3; the sandbox stores a silent MP3 of a plausible length instead.
	const url = state.putFile(
		`/vc-input/${randomUUID()}/${randomUUID()}.mp3`,
		silentMp3(3),
		'audio/mpeg',
	);
	return { body: ok({ data: { url } }) };
}

function register(router) {
	router
		.route('POST', '/api/tts/simple-generate', simpleGenerate)
		.route('GET', '/api/tts/simple-generate', simpleStream)
		.route('GET', '/api/tts/simple-generate.mp3', simpleStream)
		.route('POST', '/api/tts/upload-audio', uploadAudio);
}

module.exports = { register };
