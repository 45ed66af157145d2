'use strict';
// A real, playable MP3 without any encoder: a run of silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono).
// Each frame is a 4-byte header, 17 bytes of side information that declare no audio data (part2_3_length 0,
// global_gain 0) and zero padding up to the frame length. Decoders play it as silence of the stated duration.

const SAMPLE_RATE = 44_100;
const BITRATE = 128_000;
const SAMPLES_PER_FRAME = 1152;
const FRAME_BYTES = Math.floor((144 * BITRATE) / SAMPLE_RATE); // 417
const FRAME_HEADER = Buffer.from([
	0xff, // frame sync
	0xfb, // sync, MPEG-1, Layer III, no CRC
	0x90, // bitrate index 9 (128 kbit/s), 44.1 kHz, no padding
	0xc4, // mono, original
]);

const FRAME_SECONDS = SAMPLES_PER_FRAME / SAMPLE_RATE;

function silentFrame() {
	const frame = Buffer.alloc(FRAME_BYTES);
	FRAME_HEADER.copy(frame, 0);
	return frame;
}

const FRAME = silentFrame();

/** Silent MP3 of about `seconds` (at least one frame). */
function silentMp3(seconds) {
	const frames = Math.max(1, Math.round(seconds / FRAME_SECONDS));
	return Buffer.concat(Array.from({ length: frames }, () => FRAME));
}

/** A duration that grows with the text, like speech would: 0.5 s plus ~60 ms per character, at most 30 s. */
function speechSeconds(text) {
	return Math.min(30, 0.5 + 0.06 * String(text ?? '').length);
}

/** Whether `buffer` starts with an MPEG audio frame sync (or an ID3 tag), i.e. looks like MP3. */
function looksLikeMp3(buffer) {
	if (!buffer || buffer.length < 4) return false;
	if (buffer.subarray(0, 3).toString('latin1') === 'ID3') return true;
	return buffer[0] === 0xff && (buffer[1] & 0xe0) === 0xe0;
}

module.exports = { silentMp3, speechSeconds, looksLikeMp3, FRAME_BYTES, FRAME_SECONDS };
