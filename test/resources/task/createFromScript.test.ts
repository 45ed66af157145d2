import type { INodeParameters } from 'n8n-workflow';

import { binaryOutput, runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import inline from '../../fixtures/api/tts.createTaskSplitter.json';
import saved from '../../fixtures/api/tts.createTaskSplitterId.json';

const anna = '9d7f2e14-5b30-4a6c-8e91-c2340af6b7d5';
const ben = 'b81c04a7-6e2f-4d15-93a8-70fe1c6d5382';
const script = '<Anna> Hello. <Ben> Hi, Anna.';
const created = inline.response.body.data;
const taskPath = `/api/tts/generate/${created.id}`;
const merged = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2000, 7)]);

const mapping = (...rows: INodeParameters[]) => ({
	voice: rows.map((row) => ({ generationMode: 'plain', ...row })),
});
const params = (extra: INodeParameters = {}) => ({
	resource: 'task',
	operation: 'createFromScript',
	script,
	rules: 'mapping',
	voiceMapping: mapping(
		{ placeholder: '<Anna>', voiceId: anna },
		{ placeholder: '<Ben>', voiceId: ben, speechRate: 1.2 },
	),
	waitForCompletion: false,
	...extra,
});

describe('Task → Create from Script', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');

	it('a two-character script with an inline mapping gives one task with both voices and the merged audio', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					text: script,
					splitter: {
						'<Anna>': { voiceId: anna, speechRate: 1 },
						'<Ben>': { voiceId: ben, speechRate: 1.2 },
					},
				},
			})
			.reply(200, inline.response.body);
		const generated = {
			...created,
			status: 'generated',
			metadata: {
				...created.metadata,
				contents: [
					{ voiceId: anna, text: 'Hello.', audio: `${storage.url}/generate/t/1.mp3` },
					{ voiceId: ben, text: 'Hi, Anna.', audio: `${storage.url}/generate/t/2.mp3` },
				],
				audio: `${storage.url}/generate/t/task-merged.mp3`,
			},
		};
		vocu.on('GET', taskPath).reply(200, { status: 200, message: 'OK', data: generated });
		storage
			.on('GET', '/generate/t/task-merged.mp3')
			.replyWith({ status: 200, body: merged, headers: { 'content-type': 'audio/mpeg' } });
		const { items, error } = await runVocu(
			params({ waitForCompletion: true, pollInterval: 1, maxWait: 20 }),
			{
				credentials: vocuCredentials(vocu.url),
			},
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: created.id, status: 'generated' });
		expect(
			(items[0].json.metadata as { contents: Array<{ voiceId: string }> }).contents.map(
				(c) => c.voiceId,
			),
		).toEqual([anna, ben]);
		expect(await binaryOutput(items[0].binary!.data)).toEqual(merged);
		expect(vocu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	it('sends a saved splitter as splitterId, with style, fallback and subtitles never mixed in', async () => {
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					text: saved.request.body.text,
					splitterId: saved.request.body.splitterId,
					srt: true,
				},
			})
			.reply(200, saved.response.body);
		const { items, error } = await runVocu(
			params({
				script: saved.request.body.text,
				rules: 'splitter',
				splitterId: { __rl: true, mode: 'id', value: saved.request.body.splitterId },
				options: { srt: true },
			}),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: created.id, status: 'pending' });
	});

	it('sends a style other than default and a fallback voice, controllable when it is a v4.0 voice', async () => {
		const style = '238ab849-ac1b-408f-97dc-02645f3fb62d';
		vocu
			.on('GET', `/api/voice/${ben}`)
			.reply(200, { status: 200, message: 'OK', data: { id: ben, version: 'v4.0' } });
		vocu
			.on('POST', '/api/tts/generate', {
				body: {
					text: script,
					splitter: {
						'<Anna>': { voiceId: anna, promptId: style, speechRate: 1 },
						fallbackConfig: { voiceId: ben, instruct_mode: true },
					},
				},
			})
			.reply(200, inline.response.body);
		const { error } = await runVocu(
			params({
				voiceMapping: mapping({ placeholder: '<Anna>', voiceId: anna, styleId: style }),
				options: { fallbackVoiceId: ben },
			}),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
	});

	it.each([
		['an empty script', { script: ' ' }, "'Script' is empty [item 0]"],
		['no mapping rows', { voiceMapping: {} }, "'Voice Mapping' is empty [item 0]"],
		[
			'an empty placeholder',
			{ voiceMapping: mapping({ placeholder: ' ', voiceId: anna }) },
			"'Voice Mapping 1: Placeholder' is empty [item 0]",
		],
		[
			'a reserved placeholder',
			{ voiceMapping: mapping({ placeholder: 'fallbackConfig', voiceId: anna }) },
			"'Voice Mapping 1: Placeholder' is a reserved name [item 0]",
		],
		[
			'a repeated placeholder',
			{
				voiceMapping: mapping(
					{ placeholder: '<Anna>', voiceId: anna },
					{ placeholder: '<Anna>', voiceId: ben },
				),
			},
			"'Voice Mapping 2: Placeholder' repeats <Anna> [item 0]",
		],
		[
			'a bad voice ID',
			{ voiceMapping: mapping({ placeholder: '<Anna>', voiceId: 'anna' }) },
			"'Voice Mapping 1: Voice ID' is not a voice ID [item 0]",
		],
		[
			'a speech rate out of range',
			{ voiceMapping: mapping({ placeholder: '<Anna>', voiceId: anna, speechRate: 3 }) },
			"'Voice Mapping 1: Duration Factor' must be a number from 0.5 to 2 [item 0]",
		],
		[
			'placeholders missing from the script',
			{ voiceMapping: mapping({ placeholder: '<Carl>', voiceId: anna }) },
			"None of the placeholders appears in 'Script' [item 0]",
		],
		[
			'a bad fallback voice',
			{ options: { fallbackVoiceId: 'x' } },
			"'Fallback Voice ID' is not a voice ID [item 0]",
		],
		[
			'no saved splitter',
			{ rules: 'splitter', splitterId: { __rl: true, mode: 'list', value: '={{ "" }}' } },
			"'Splitter' is empty [item 0]",
		],
		[
			'a splitter ID that is no UUID',
			{ rules: 'splitter', splitterId: { __rl: true, mode: 'list', value: 'abc' } },
			"'Splitter' is not a splitter ID [item 0]",
		],
	])('refuses %s before sending, naming the field', async (_case, extra, message) => {
		const { error } = await runVocu(params(extra), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe(message);
		expect(vocu.requests).toHaveLength(0);
	});

	it('maps SPLITTER_NOT_FOUND and continues on fail per item', async () => {
		const notFound = saved.errors.find((e) => e.code === 'SPLITTER_NOT_FOUND')?.body;
		vocu
			.on('POST', '/api/tts/generate')
			.times(2)
			.replyWith((request) =>
				(request.json as { text: string }).text.includes('first')
					? { status: 404, json: notFound }
					: { status: 200, json: saved.response.body },
			);
		const { items, error } = await runVocu(
			params({
				script: '={{ $json.script }}',
				rules: 'splitter',
				splitterId: { __rl: true, mode: 'id', value: saved.request.body.splitterId },
			}),
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { script: '<A> first' } }, { json: { script: '<A> second' } }],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items[0]).toMatchObject({
			json: { error: 'The text splitter does not exist' },
			pairedItem: { item: 0 },
		});
		expect(items[1]).toMatchObject({ json: { id: created.id }, pairedItem: { item: 1 } });
	});
});
