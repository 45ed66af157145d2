import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, TEST_API_KEY, useStubServer } from '../../harness/stubServer';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const srt = '1\n00:00:00,000 --> 00:00:01,500\nHello there.\n';
const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(800, 6)]);
const speech = {
	resource: 'speech',
	voiceId: { __rl: true, mode: 'id', value: voiceId },
	styleId: 'default',
	text: 'Hello there.',
	generationMode: 'plain',
	generationOptions: { srt: true },
};

describe('Subtitles as an .srt file', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('Speech → Generate puts the SRT Vocu returns beside the MP3', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId, text: 'Hello there.', promptId: 'default', srt: true },
			})
			.reply(
				200,
				envelope({ id: 'g1', audio: `${storage.url}/generate/g1.mp3`, credit_used: 4, srt }),
			);
		storage
			.on('GET', '/generate/g1.mp3')
			.replyWith({ status: 200, body: mp3, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			{ ...speech, operation: 'generate' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].binary!.data_srt).toMatchObject({
			fileName: 'g1.srt',
			mimeType: 'application/x-subrip',
		});
		expect((await binaryOutput(items[0].binary!.data_srt)).toString('utf8')).toBe(srt);
		expect(items[0].json.subtitles).toBeUndefined();
	});

	it('says plainly when Subtitles was on and Vocu returned none', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate')
			.reply(200, envelope({ id: 'g2', audio: `${storage.url}/generate/g2.mp3`, credit_used: 4 }));
		storage
			.on('GET', '/generate/g2.mp3')
			.replyWith({ status: 200, body: mp3, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			{ ...speech, operation: 'generate' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(Object.keys(items[0].binary!)).toEqual(['data']);
		expect(items[0].json.subtitles).toMatch(/^Subtitles were asked for, but Vocu returned none/);
	});

	it('Speech → Stream reads the SRT from X-Reecho-Response-Data', async () => {
		vocu.on('GET', '/api/tts/simple-generate.mp3', { query: { srt: 'true' } }).replyWith({
			status: 200,
			body: mp3,
			headers: {
				'content-type': 'audio/mpeg',
				'x-reecho-response-data': JSON.stringify({
					id: 's1',
					audio: 'https://x.example/s1.mp3',
					srt,
				}),
			},
		});
		const { items, error } = await runVocu(
			{ ...speech, operation: 'stream' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 's1', audioUrl: 'https://x.example/s1.mp3' });
		expect((await binaryOutput(items[0].binary!.data_srt)).toString('utf8')).toBe(srt);
	});

	it("Task → Create downloads the task's SRT file without the API key", async () => {
		const taskId = '71f2d625-b99c-4654-9d24-337e18b2e3fd';
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					contents: [{ type: 'text', voiceId, text: 'Hello there.', promptId: 'default' }],
					srt: true,
				},
			})
			.reply(200, envelope({ id: taskId, status: 'pending' }));
		vocu.on('GET', `/api/tts/generate/${taskId}`).reply(
			200,
			envelope({
				id: taskId,
				status: 'generated',
				metadata: {
					contents: [{ voiceId, text: 'Hello there.' }],
					audio: `${storage.url}/generate/t-merged.mp3`,
					srt: `${storage.url}/generate/t.srt`,
				},
			}),
		);
		storage
			.on('GET', '/generate/t-merged.mp3')
			.replyWith({ status: 200, body: mp3, headers: { 'content-type': 'audio/mpeg' } });
		storage.on('GET', '/generate/t.srt').replyWith({
			status: 200,
			body: Buffer.from(srt),
			headers: { 'content-type': 'text/plain' },
		});
		const { items, error } = await runVocu(
			{
				...speech,
				resource: 'task',
				operation: 'create',
				generationOptions: {},
				pollInterval: 1,
				options: { srt: true },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].binary!.data_srt.fileName).toBe(`${taskId}.srt`);
		expect((await binaryOutput(items[0].binary!.data_srt)).toString('utf8')).toBe(srt);
		expect(JSON.stringify(storage.requests.map((r) => r.headers))).not.toContain(TEST_API_KEY);
	});
});
