/** A PCM WAV header for `seconds` of audio at `byteRate` bytes per second, with its data. */
export function wavFile(seconds: number, byteRate = 800): Buffer {
	const data = Buffer.alloc(Math.round(seconds * byteRate));
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVE', 8, 'ascii');
	header.write('fmt ', 12, 'ascii');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(byteRate, 24);
	header.writeUInt32LE(byteRate, 28);
	header.writeUInt16LE(1, 32);
	header.writeUInt16LE(8, 34);
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}
