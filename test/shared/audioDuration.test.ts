import { audioDurationSeconds } from '../../nodes/Vocu/shared/audioDuration';
import { wavFile } from '../harness/audioFiles';

/** CBR MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz: 417 bytes each, 1152 samples. */
function mp3File(frames: number, xing = false): Buffer {
	const frame = Buffer.alloc(417);
	frame.set([0xff, 0xfb, 0x90, 0x00]);
	const first = Buffer.from(frame);
	if (xing) {
		first.write('Xing', 36, 'ascii');
		first.writeUInt32BE(1, 40);
		first.writeUInt32BE(frames * 10, 44);
	}
	return Buffer.concat([
		Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000'),
		first,
		...Array(frames - 1).fill(frame),
	]);
}

describe('audioDurationSeconds', () => {
	it('reads WAV from its byte rate and data size', () => {
		expect(audioDurationSeconds(wavFile(301), 'audio/wav')).toBeCloseTo(301, 3);
	});

	it('reads CBR MP3 from size and bitrate, VBR from the Xing frame count', () => {
		expect(audioDurationSeconds(mp3File(100), 'audio/mpeg')).toBeCloseTo(
			(100 * 417 * 8) / 128000,
			3,
		);
		expect(audioDurationSeconds(mp3File(100, true), 'audio/mpeg')).toBeCloseTo(
			(1000 * 1152) / 44100,
			3,
		);
	});

	it('gives undefined for what it cannot read', () => {
		expect(audioDurationSeconds(Buffer.from('OggS....'), 'audio/ogg')).toBeUndefined();
		expect(audioDurationSeconds(Buffer.from('ID3 fake'), 'audio/mpeg')).toBeUndefined();
	});
});
