import { useStubServer } from '../harness/stubServer';
import { callVocuTool } from './agentHarness';
import generate from '../fixtures/api/speech.generate.json';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const fromAI = {
	resource: 'speech',
	operation: 'generate',
	generationMode: 'plain',
	voiceId: {
		__rl: true,
		mode: 'id',
		value: "={{ $fromAI('voiceId', 'Voice UUID or market:<uuid>', 'string') }}",
	},
	text: "={{ $fromAI('text', 'The text to speak', 'string') }}",
};

describe('Vocu as an AI agent tool (n8n-core tool wrapping)', () => {
	const vocu = useStubServer();

	it('Speech → Generate answers with the audio URL, ID, credits and characters, under 1 KB, without a download', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const call = await callVocuTool(fromAI, { voiceId, text: 'Hello there' }, vocu.url);
		expect(call.failed ? call.observation : 'ok').toBe('ok');
		if (call.failed) throw new Error(call.observation);
		const answer = JSON.parse(call.observation) as Array<Record<string, unknown>>;
		expect(answer).toEqual([
			expect.objectContaining({
				id: generate.response.body.data.id,
				audioUrl: generate.response.body.data.audio,
				creditUsed: generate.response.body.data.credit_used,
				characters: 'Hello there'.length,
			}),
		]);
		expect(call.observation.length).toBeLessThanOrEqual(1024);
		// Only the generation itself: the MP3 is not fetched from storage.
		expect(vocu.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /api/tts/simple-generate',
		]);
	});

	it("the model is told what the operation does, returns and costs (the tool's own Tool Description)", async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const call = await callVocuTool(fromAI, { voiceId, text: 'Hi' }, vocu.url);
		expect(call.toolDescription).toMatch(
			/^Generate speech from text in Vocu \(Speech → Generate\)\. /,
		);
		expect(call.toolDescription).toContain('spends credits');
		expect(call.toolDescription).toContain('URL');
	});

	it('a Tool Description set in the node replaces the default', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const call = await callVocuTool(
			{ ...fromAI, toolDescription: 'Read text out loud' },
			{ voiceId, text: 'Hi' },
			vocu.url,
		);
		expect(call.toolDescription).toBe('Read text out loud');
	});

	it('a wrong voice ID gives the model the valid form and where to find one, without an item index', async () => {
		const call = await callVocuTool(fromAI, { voiceId: 'Anna', text: 'Hello' }, vocu.url);
		expect(call.failed).toBe(true);
		expect(call.observation).toContain("'Voice' is not a voice ID");
		expect(call.observation).toContain('market:<uuid>');
		expect(call.observation).toContain('Voice → Get Many');
		expect(call.observation).not.toMatch(/\(item \d+/);
		expect(vocu.requests).toHaveLength(0);
	});

	it("a Vocu error (unknown voice) carries Vocu's fix and code in the message", async () => {
		vocu
			.on('POST', '/api/tts/simple-generate')
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found' });
		const call = await callVocuTool(fromAI, { voiceId, text: 'Hello' }, vocu.url);
		expect(call.failed).toBe(true);
		expect(call.observation).toMatch(
			/^The voice does not exist in this account\. .*Voice → Get Many/,
		);
		expect(call.observation).toContain('VOICE_NOT_FOUND');
	});
});
