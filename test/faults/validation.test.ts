import type { INodeParameters } from 'n8n-workflow';

import { byId, inputItems, useFaultStubs, type BinarySpec } from './helpers';
import { IDS, operationCase, SAMPLES } from './operations';

const MB = 1024 * 1024;
/** An expression, so n8n's pre-run parameter check lets the value through to the node's own checks. */
const expr = (value: string) => `={{ ${JSON.stringify(value)} }}`;

interface Row {
	name: string;
	op: string;
	params?: INodeParameters;
	/** Binary properties of the input item instead of the operation's usual ones. */
	binaries?: Record<string, BinarySpec>;
	message: string;
	says?: string;
}

const options = (generationOptions: INodeParameters) => ({ generationOptions });
const multiple = (...segment: INodeParameters[]) => ({
	contentMode: 'multiple',
	segments: { segment },
});
const segment = (overrides: INodeParameters = {}) => ({
	voiceId: IDS.voice,
	styleId: 'default',
	text: 'Hi',
	...overrides,
});

const ROWS: Row[] = [
	// Speech → Generate
	{
		name: 'empty text',
		op: 'speech.generate',
		params: { text: expr('') },
		message: "'Text' is empty [item 0]",
	},
	{
		name: 'whitespace text',
		op: 'speech.generate',
		params: { text: '  \n\t ' },
		message: "'Text' is empty [item 0]",
	},
	{
		name: 'speech rate above 2',
		op: 'speech.generate',
		params: options({ speechRate: 2.5 }),
		message: "'Duration Factor' must be a number from 0.5 to 2 [item 0]",
		says: 'nothing was sent',
	},
	{
		name: 'speech rate below 0.5',
		op: 'speech.generate',
		params: options({ speechRate: 0.4 }),
		message: "'Duration Factor' must be a number from 0.5 to 2 [item 0]",
	},
	{
		name: 'emotion above 10',
		op: 'speech.generate',
		params: options({ emotions: { anger: 11 } }),
		message: "'Emotion Mix: Anger' must be a whole number from 0 to 10 [item 0]",
	},
	{
		name: 'emotion below 0',
		op: 'speech.generate',
		params: options({ emotions: { sadness: -1 } }),
		message: "'Emotion Mix: Sadness' must be a whole number from 0 to 10 [item 0]",
	},
	{
		name: 'emotion not whole',
		op: 'speech.generate',
		params: options({ emotions: { happiness: 2.5 } }),
		message: "'Emotion Mix: Happiness' must be a whole number from 0 to 10 [item 0]",
	},
	{
		name: 'seed out of int32',
		op: 'speech.generate',
		params: options({ seed: 2 ** 31 }),
		message: "'Seed' must be a whole number from -1 to 2147483647 [item 0]",
	},
	{
		name: 'unsupported language',
		op: 'speech.generate',
		params: options({ language: 'en' }),
		message: '\'Language\' "en" is not supported [item 0]',
	},
	{
		name: 'subtitles with flash',
		op: 'speech.generate',
		params: options({ srt: true, flash: true }),
		message: 'Subtitles cannot be combined with Flash Mode [item 0]',
	},
	{
		name: 'voice that is not a voice ID',
		op: 'speech.generate',
		params: { voiceId: byId(expr('Alice')) },
		message: "'Voice' is not a voice ID [item 0]",
	},
	{
		name: 'empty voice',
		op: 'speech.generate',
		params: { voiceId: byId(expr(' ')) },
		message: "'Voice' is empty [item 0]",
	},
	{
		name: 'empty output field',
		op: 'speech.generate',
		params: { binaryPropertyOutput: ' ' },
		message: "'Put Output File in Field' is empty [item 0]",
	},
	// Speech → Stream
	{
		name: 'empty text',
		op: 'speech.stream',
		params: { text: expr(' ') },
		message: "'Text' is empty [item 0]",
	},
	{
		name: 'speech rate above 2',
		op: 'speech.stream',
		params: options({ speechRate: 5 }),
		message: "'Duration Factor' must be a number from 0.5 to 2 [item 0]",
	},
	// Task → Create
	{
		name: 'empty text',
		op: 'task.create',
		params: { text: expr('') },
		message: "'Text' is empty [item 0]",
	},
	{
		name: 'no segments',
		op: 'task.create',
		params: { contentMode: 'multiple', segments: {} },
		message: 'No segments [item 0]',
	},
	{
		name: 'segment 2 without voice',
		op: 'task.create',
		params: multiple(segment(), segment({ voiceId: ' ' })),
		message: "'Voice ID' is empty [item 0, segment 2]",
	},
	{
		name: 'segment 1 with a bad voice ID',
		op: 'task.create',
		params: multiple(segment({ voiceId: 'voice-1' })),
		message: "'Voice ID' is not a voice ID [item 0, segment 1]",
	},
	{
		name: 'segment 1 emotion above 10',
		op: 'task.create',
		params: multiple(segment({ generationOptions: { emotions: { neutral: 12 } } })),
		message: "'Emotion Mix: Neutral' must be a whole number from 0 to 10 [item 0, segment 1]",
	},
	{
		name: 'poll interval 0',
		op: 'task.create',
		params: { pollInterval: 0 },
		message: "'Poll Interval' must be from 1 to 600 seconds [item 0]",
	},
	{
		name: 'subtitles with a controllable segment',
		op: 'task.create',
		params: { generationMode: 'controllable', options: { srt: true } },
		message: 'Subtitles cannot be combined with controllable generation [item 0]',
	},
	// IDs in paths
	{
		name: 'voice ID with a path',
		op: 'voice.get',
		params: { voiceId: byId(expr('../account/info')) },
		message: "'Voice' is not a valid Vocu ID [item 0]",
	},
	{
		name: 'empty voice ID',
		op: 'voice.delete',
		params: { voiceId: byId(expr('')) },
		message: "'Voice' is empty [item 0]",
	},
	{
		name: 'task ID with a query',
		op: 'task.get',
		params: { taskId: expr(`${IDS.task}?stream=true`) },
		message: "'Task ID' is not a valid Vocu ID [item 0]",
	},
	{
		name: 'empty task ID',
		op: 'task.delete',
		params: { taskId: expr('') },
		message: "'Task ID' is empty [item 0]",
	},
	{
		name: 'template ID with a space',
		op: 'template.get',
		params: { templateId: byId(expr('a b')) },
		message: "'Template' is not a valid Vocu ID [item 0]",
	},
	{
		name: 'style ID with a slash',
		op: 'voice.deleteStyle',
		params: { styleId: expr('x/../y') },
		message: "'Style' is not a valid Vocu ID [item 0]",
	},
	{
		name: 'default style',
		op: 'voice.deleteStyle',
		params: { styleId: 'default' },
		message: 'The default style of a voice cannot be deleted [item 0]',
	},
	// IDs and text in bodies
	{
		name: 'empty share ID',
		op: 'voice.addByShareId',
		params: { shareId: expr('  ') },
		message: "'Share ID' is empty [item 0]",
	},
	{
		name: 'template without segments',
		op: 'template.create',
		params: { segments: {} },
		message: 'A template needs at least one segment [item 0]',
	},
	{
		name: 'template segment with a bad voice ID',
		op: 'template.update',
		params: { segments: { segment: [{ voiceId: 'Bob', text: 'Hi' }] } },
		message: 'Segment 1 has no valid voice ID [item 0]',
	},
	{
		name: 'upload ID with a slash',
		op: 'file.uploadChunk',
		params: { uploadId: expr('a/b') },
		message: "'Upload ID' is empty or not a Vocu ID [item 0]",
	},
	{
		name: 'empty upload ID',
		op: 'file.finishUpload',
		params: { uploadId: expr('') },
		message: "'Upload ID' is empty or not a Vocu ID [item 0]",
	},
	{
		name: 'chunk index past the end',
		op: 'file.uploadChunk',
		params: { chunkIndex: 3, totalChunks: 2 },
		message: 'Chunk index 3 does not fit 2 chunk(s) [item 0]',
	},
	{
		name: 'chunk size 0 MiB',
		op: 'file.uploadTrainingArchive',
		params: { uploadOptions: { chunkSizeMiB: 0 } },
		message: "'Chunk Size (MiB)' must be a whole number from 1 to 50 [item 0]",
	},
	{
		name: 'retries per chunk over 10',
		op: 'file.uploadTrainingArchive',
		params: { uploadOptions: { chunkRetries: 11 } },
		message: "'Retries per Chunk' must be a whole number from 0 to 10 [item 0]",
	},
	// Voice → Create
	{
		name: 'empty name',
		op: 'voice.create',
		params: { name: expr(' ') },
		message: "'Name' is empty [item 0]",
	},
	{
		name: 'professional clone of a v4.0 voice',
		op: 'voice.create',
		params: { modelVersion: 'v4.0', language: 'en-us', additionalFields: { lora: IDS.upload } },
		message: 'Professional cloning is not available for v4.0 voices [item 0]',
	},
	{
		name: 'professional clone without language',
		op: 'voice.create',
		params: { additionalFields: { lora: IDS.upload } },
		message: 'Professional cloning needs the sample language [item 0]',
	},
	// binaries: missing, wrong MIME, empty, oversize
	{
		name: 'missing sample',
		op: 'voice.create',
		binaries: {},
		message: "Voice sample: the item has no binary field 'data' [item 0]",
		says: 'The input item has no binary data',
	},
	{
		name: 'sample under another name',
		op: 'voice.addStyle',
		binaries: { sample: SAMPLES.wav },
		message: "Style sample: the item has no binary field 'data' [item 0]",
		says: 'one of: sample',
	},
	{
		name: 'text file as sample',
		op: 'voice.create',
		binaries: { data: [Buffer.from('hello'), 'text/plain', 'notes.txt'] },
		message: "Voice sample: 'data' is text/plain [item 0]",
	},
	{
		name: 'empty sample',
		op: 'voice.addStyle',
		binaries: { data: [Buffer.alloc(0), 'audio/wav', 'empty.wav'] },
		message: "Style sample: 'data' is empty [item 0]",
	},
	{
		name: 'style sample over 20 MB',
		op: 'voice.addStyle',
		binaries: { data: [Buffer.alloc(21 * MB, 1), 'audio/wav', 'long.wav'] },
		message: "Style sample: 'data' is 21.0 MB, over Vocu's 20.0 MB limit [item 0]",
	},
	{
		name: 'avatar over 10 MB',
		op: 'voice.uploadAvatar',
		binaries: { data: [Buffer.alloc(11 * MB, 2), 'image/png', 'big.png'] },
		message: "Avatar image: 'data' is 11.0 MB, over Vocu's 10.0 MB limit [item 0]",
	},
	{
		name: 'GIF avatar',
		op: 'voice.uploadAvatar',
		binaries: { data: [Buffer.from('GIF89a'), 'image/gif', 'a.gif'] },
		message: "Avatar image: 'data' is image/gif [item 0]",
		says: 'image/png',
	},
	{
		name: 'audio as the optional avatar',
		op: 'voice.create',
		params: { additionalFields: { avatarBinaryPropertyName: 'avatar' } },
		binaries: { data: SAMPLES.wav, avatar: SAMPLES.wav },
		message: "Avatar image: 'avatar' is audio/wav [item 0]",
	},
	{
		name: 'image as audio upload',
		op: 'file.uploadAudio',
		binaries: { data: SAMPLES.png },
		message: "Audio file: 'data' is image/png [item 0]",
	},
	{
		name: 'WAV as training archive',
		op: 'file.uploadTrainingArchive',
		binaries: { data: SAMPLES.wav },
		message: "Training archive: 'data' is audio/wav [item 0]",
	},
	{
		name: 'missing chunk',
		op: 'file.uploadChunk',
		binaries: {},
		message: "Chunk: the item has no binary field 'data' [item 0]",
	},
];

/**
 * Rows run with Continue On Fail, so the error item carries the node's own message and description. (Without it,
 * n8n's RoutingNode re-wraps every error that is not a NodeApiError into one with httpCode "none", keeping both.)
 */
describe('fault matrix: bad input is refused before anything is sent', () => {
	const { stubs, run } = useFaultStubs();

	it.each(ROWS.map((row) => [`${row.op}: ${row.name}`, row] as const))('%s', async (_name, row) => {
		const op = operationCase(row.op);

		const { items, error } = await run(
			{ ...op.params, ...row.params },
			{
				items: await inputItems(1, row.binaries ?? op.binaries),
				settings: { continueOnFail: true },
			},
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		// The node's own check: its message and what to do, and no Vocu code or HTTP status (nothing was sent).
		const { error: message, description, ...rest } = items[0].json;
		expect(message).toBe(row.message);
		expect(rest).toEqual({});
		if (row.says) expect(description).toContain(row.says);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(stubs.vocu.requests).toHaveLength(0);
		expect(stubs.storage.requests).toHaveLength(0);
	});

	it('names the item that failed: item 1 of 2 is refused, item 0 was sent', async () => {
		stubs.vocu
			.on('GET', `/api/voice/${IDS.voice}`)
			.reply(200, { status: 200, message: 'OK', data: { id: IDS.voice } });
		const { failure } = await run(
			{
				resource: 'voice',
				operation: 'get',
				voiceId: byId(`={{ $json.index === 1 ? "a b" : "${IDS.voice}" }}`),
			},
			{ items: await inputItems(2) },
		);
		expect(failure?.message).toBe("'Voice' is not a valid Vocu ID [item 1]");
		expect(failure?.context?.itemIndex).toBe(1);
		expect(stubs.vocu.requests.map((request) => request.path)).toEqual([`/api/voice/${IDS.voice}`]);
	});
});
