import { runVocu, vocuCredentials } from '../harness/runNode';
import { useStubServer } from '../harness/stubServer';
import { callVocuTool } from './agentHarness';
import generate from '../fixtures/api/speech.generate.json';

const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const params = {
	resource: 'speech',
	operation: 'generate',
	voiceId: { __rl: true, mode: 'id', value: voiceId },
	text: "={{ $fromAI('text', 'The text to speak', 'string') }}",
	// Plain: no voice-model read, so the stub sees exactly the calls each case lists.
	generationMode: 'plain',
};
const { data } = generate.response.body;

/** The Output parameter (only on the tool): Simplified by default, Raw, or Selected Fields. */
describe('Vocu tool: Output', () => {
	const vocu = useStubServer();

	async function answer(parameters: Record<string, unknown>) {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const call = await callVocuTool(
			{ ...params, ...parameters },
			{ text: 'Hello there' },
			vocu.url,
		);
		if (call.failed) throw new Error(call.observation);
		return JSON.parse(call.observation) as Array<Record<string, unknown>>;
	}

	it('Simplified (the default): the compact answer made for agents', async () => {
		expect(await answer({})).toEqual(await answer({ output: 'simple' }));
		expect(await answer({})).toEqual([
			{
				id: data.id,
				audioUrl: data.audio,
				streamUrl: data.streamUrl,
				creditUsed: data.credit_used,
				characters: 'Hello there'.length,
			},
		]);
	});

	it('Raw: what the node returns in a workflow (its JSON; agents get no binary)', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const inWorkflow = await runVocu(
			{ ...params, text: 'Hello there', downloadAudio: false },
			{ credentials: vocuCredentials(vocu.url) },
		);
		const raw = await answer({ output: 'raw' });
		expect(raw).toEqual([inWorkflow.items[0].json]);
		expect(Object.keys(raw[0])).toEqual(expect.arrayContaining(['id', 'audioUrl', 'creditUsed']));
	});

	it('Selected Fields: only the listed fields of the Raw answer; unknown names are left out', async () => {
		expect(await answer({ output: 'fields', fields: ' audioUrl ,id, noSuchField' })).toEqual([
			{ audioUrl: data.audio, id: data.id },
		]);
	});

	it('Selected Fields with no field names: an error that says what to enter, nothing sent', async () => {
		const call = await callVocuTool(
			{ ...params, output: 'fields', fields: ' , ' },
			{ text: 'Hello there' },
			vocu.url,
		);
		expect(call.failed).toBe(true);
		expect(call.observation).toContain("'Fields' is empty");
		expect(call.observation).toContain('List the fields to return');
		expect(vocu.requests).toHaveLength(0);
	});

	it('in a workflow the parameter is not shown and changes nothing', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		vocu.on('POST', '/api/tts/simple-generate').reply(200, generate.response.body);
		const run = async (extra: Record<string, unknown>) =>
			await runVocu(
				{ ...params, text: 'Hello there', downloadAudio: false, ...extra },
				{ credentials: vocuCredentials(vocu.url) },
			);
		const plain = await run({});
		const withOutput = await run({ output: 'fields', fields: 'id' });
		expect(withOutput.items.map((item) => item.json)).toEqual(plain.items.map((item) => item.json));
		expect(Object.keys(plain.items[0].json).length).toBeGreaterThan(1);
	});
});
