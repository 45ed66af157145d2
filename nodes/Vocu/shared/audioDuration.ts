// How long an audio file plays, read from its header, so Vocu's 300-second upload limit is checked before the
// file is sent. WAV and MP3 are read; for other formats the length is unknown and Vocu checks it.

function wavSeconds(bytes: Buffer): number | undefined {
	let offset = 12;
	let byteRate = 0;
	while (offset + 8 <= bytes.length) {
		const id = bytes.toString('ascii', offset, offset + 4);
		const size = bytes.readUInt32LE(offset + 4);
		if (id === 'fmt ' && offset + 16 <= bytes.length) byteRate = bytes.readUInt32LE(offset + 16);
		if (id === 'data') return byteRate > 0 ? size / byteRate : undefined;
		offset += 8 + size + (size % 2);
	}
	return undefined;
}

/** kbit/s by [MPEG-1 ? 0 : 1][layer bits - 1: III, II, I][index]. */
const BITRATES = [
	[
		[0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
		[0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
		[0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
	],
	[
		[0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
		[0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
		[0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
	],
];
const SAMPLE_RATES = [44100, 48000, 32000];

function id3Length(bytes: Buffer): number {
	if (bytes.length < 10 || bytes.toString('ascii', 0, 3) !== 'ID3') return 0;
	const size =
		((bytes[6] & 0x7f) << 21) |
		((bytes[7] & 0x7f) << 14) |
		((bytes[8] & 0x7f) << 7) |
		(bytes[9] & 0x7f);
	return 10 + size;
}

/** From the first frame: the Xing/Info frame count when present (VBR), else size ÷ bitrate (CBR). */
function mp3Seconds(bytes: Buffer): number | undefined {
	const start = id3Length(bytes);
	const at = bytes.indexOf(0xff, start);
	if (at < 0 || at + 4 > bytes.length || (bytes[at + 1] & 0xe0) !== 0xe0) return undefined;
	const version = (bytes[at + 1] >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
	const layer = (bytes[at + 1] >> 1) & 3; // 1 = layer III
	const bitrateIndex = bytes[at + 2] >> 4;
	const rateIndex = (bytes[at + 2] >> 2) & 3;
	if (version === 1 || layer === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3)
		return undefined;
	const mpeg1 = version === 3;
	const kbps = BITRATES[mpeg1 ? 0 : 1][layer - 1][bitrateIndex];
	const sampleRate = SAMPLE_RATES[rateIndex] / (mpeg1 ? 1 : version === 2 ? 2 : 4);
	const samplesPerFrame = layer === 3 ? 384 : layer === 2 || mpeg1 ? 1152 : 576;
	const mono = bytes[at + 3] >> 6 === 3;
	const xingAt = at + 4 + (mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17);
	const tag = bytes.toString('ascii', xingAt, xingAt + 4);
	if ((tag === 'Xing' || tag === 'Info') && bytes[xingAt + 7] & 1)
		return (bytes.readUInt32BE(xingAt + 8) * samplesPerFrame) / sampleRate;
	return ((bytes.length - at) * 8) / (kbps * 1000);
}

/** Seconds of audio in a WAV or MP3 file, or undefined when the format or header is not readable here. */
export function audioDurationSeconds(bytes: Buffer, mimeType: string): number | undefined {
	if (
		bytes.length >= 12 &&
		bytes.toString('ascii', 0, 4) === 'RIFF' &&
		bytes.toString('ascii', 8, 12) === 'WAVE'
	)
		return wavSeconds(bytes);
	if (/mpeg|mp3/i.test(mimeType) || bytes.toString('ascii', 0, 3) === 'ID3')
		return mp3Seconds(bytes);
	return undefined;
}
