'use strict';
// Audio facts the sandbox needs without a decoder: the duration of an uploaded clip (MP3 frames or a WAV header,
// else a byte-rate guess) and SRT subtitles for generated speech.

const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES = {
	3: [44100, 48000, 32000],
	2: [22050, 24000, 16000],
	0: [11025, 12000, 8000],
};
const GUESS_BYTES_PER_SECOND = 16_000; // 128 kbit/s

/** Seconds of an MP3 by walking its Layer III frames (after an optional ID3v2 tag); undefined if none. */
function mp3Seconds(bytes) {
	let offset = 0;
	if (bytes.subarray(0, 3).toString('latin1') === 'ID3' && bytes.length >= 10) {
		offset = 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
	}
	let seconds = 0;
	let frames = 0;
	while (offset + 4 <= bytes.length) {
		const [sync, b1, b2] = [bytes[offset], bytes[offset + 1], bytes[offset + 2]];
		const version = (b1 >> 3) & 3;
		if (sync !== 0xff || (b1 & 0xe0) !== 0xe0 || ((b1 >> 1) & 3) !== 1 || version === 1) break;
		const kbps = (version === 3 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[b2 >> 4];
		const rate = SAMPLE_RATES[version][(b2 >> 2) & 3];
		if (!kbps || !rate) break;
		const samples = version === 3 ? 1152 : 576;
		const length = Math.floor(((samples / 8) * kbps * 1000) / rate) + ((b2 >> 1) & 1);
		seconds += samples / rate;
		frames += 1;
		offset += length;
	}
	return frames > 0 ? seconds : undefined;
}

/** Seconds of a PCM WAV from its `fmt ` byte rate and `data` chunk size; undefined if not a WAV. */
function wavSeconds(bytes) {
	if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'RIFF') return undefined;
	if (bytes.toString('latin1', 8, 12) !== 'WAVE') return undefined;
	let byteRate;
	for (let offset = 12; offset + 8 <= bytes.length;) {
		const id = bytes.toString('latin1', offset, offset + 4);
		const size = bytes.readUInt32LE(offset + 4);
		if (id === 'fmt ' && offset + 16 <= bytes.length) byteRate = bytes.readUInt32LE(offset + 16);
		if (id === 'data' && byteRate) return Math.min(size, bytes.length - offset - 8) / byteRate;
		offset += 8 + size + (size % 2);
	}
	return undefined;
}

/** Duration in seconds of an uploaded clip: exact for MP3 and WAV, a 128 kbit/s guess for anything else. */
function audioSeconds(bytes) {
	return mp3Seconds(bytes) ?? wavSeconds(bytes) ?? bytes.length / GUESS_BYTES_PER_SECOND;
}

function timestamp(seconds) {
	const ms = Math.round(seconds * 1000);
	const pad = (value, size = 2) => String(value).padStart(size, '0');
	const hours = Math.floor(ms / 3_600_000);
	const minutes = Math.floor(ms / 60_000) % 60;
	const secs = Math.floor(ms / 1000) % 60;
	return `${pad(hours)}:${pad(minutes)}:${pad(secs)},${pad(ms % 1000, 3)}`;
}

/** SRT text for `[{ text, start, end }]` cues (seconds). */
function srtText(cues) {
	return cues
		.map(
			(cue, index) =>
				`${index + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.text}\n`,
		)
		.join('\n');
}

module.exports = { audioSeconds, srtText };
