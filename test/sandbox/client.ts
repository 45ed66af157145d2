// A started sandbox and a small HTTP client for the sandbox tests (request → answer).

const { createSandbox, SEED } = require('../../sandbox/server') as {
	createSandbox: (options: object) => Sandbox;
	SEED: Record<string, string>;
};
const { silentMp3, looksLikeMp3 } = require('../../sandbox/mp3') as {
	silentMp3: (seconds: number) => Buffer;
	looksLikeMp3: (buffer: Buffer) => boolean;
};

interface Sandbox {
	start: () => Promise<{ apiUrl: string; storageUrl: string }>;
	stop: () => Promise<void>;
	state: { account: { isPaid: boolean; credit: number; bonusCredit: number } };
}

export interface Answer {
	status: number;
	headers: Headers;
	json: any;
	bytes: Buffer;
}

const KEY = 'sk-sandbox-test000000000000000000000';

export { SEED, silentMp3, looksLikeMp3 };

export class SandboxClient {
	sandbox: Sandbox;
	apiUrl = '';
	storageUrl = '';

	constructor(overrides: object = {}) {
		this.sandbox = createSandbox({
			port: 0,
			quiet: true,
			apiKey: KEY,
			timings: { syncDelayMs: 0, taskPendingMs: 0, taskProcessingMs: 30 },
			...overrides,
		});
	}

	async start() {
		Object.assign(this, await this.sandbox.start());
	}

	async stop() {
		await this.sandbox.stop();
	}

	async call(method: string, path: string, body?: object, headers: object = {}): Promise<Answer> {
		const response = await fetch(`${this.apiUrl}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${KEY}`,
				...(body ? { 'content-type': 'application/json' } : {}),
				...headers,
			},
			body: body ? JSON.stringify(body) : undefined,
		});
		const bytes = Buffer.from(await response.arrayBuffer());
		const isJson = /json/.test(response.headers.get('content-type') ?? '');
		return {
			status: response.status,
			headers: response.headers,
			json: isJson ? JSON.parse(bytes.toString('utf8')) : undefined,
			bytes,
		};
	}

	post(path: string, body: object) {
		return this.call('POST', path, body);
	}

	get(path: string, headers: object = {}) {
		return this.call('GET', path, undefined, headers);
	}

	/** Downloads a storage URL the way the node must: without Authorization. */
	async download(url: string, withKey = false) {
		expect(url.startsWith(this.storageUrl)).toBe(true);
		const response = await fetch(
			url,
			withKey ? { headers: { authorization: `Bearer ${KEY}` } } : {},
		);
		return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
	}

	async upload(seconds: number, mime = 'audio/mpeg', bytes = silentMp3(seconds)) {
		return await this.post('/api/tts/upload-audio', {
			audio: `data:${mime};base64,${bytes.toString('base64')}`,
		});
	}

	async droppedKeys() {
		return (await this.get('/__sandbox/dropped-keys')).json.dropped;
	}

	/** Polls a task until it has settled. */
	async settledTask(id: string) {
		for (let attempt = 0; attempt < 100; attempt += 1) {
			const answer = await this.get(`/api/tts/generate/${id}`);
			if (['generated', 'failed'].includes(answer.json.data.status)) return answer.json.data;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		throw new Error(`task ${id} did not settle`);
	}
}

/** A PCM WAV (8 kHz, 8-bit, mono) of `seconds` of silence. */
export function silentWav(seconds: number) {
	const data = Buffer.alloc(Math.round(8000 * seconds), 0x80);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'latin1');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(8000, 24); // sample rate
	header.writeUInt32LE(8000, 28); // byte rate
	header.writeUInt16LE(1, 32); // block align
	header.writeUInt16LE(8, 34); // bits per sample
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}
