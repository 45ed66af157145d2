import type { INodeParameters } from 'n8n-workflow';

import type { RecordedRequest } from '../harness/stubServer';
import accountInfo from '../fixtures/api/account.info.json';
import templateCreate from '../fixtures/api/template.create.json';
import templateGet from '../fixtures/api/template.get.json';
import templateList from '../fixtures/api/template.list.json';
import taskCreate from '../fixtures/api/task.create.json';
import taskGet from '../fixtures/api/task.get.json';
import taskList from '../fixtures/api/task.list.json';
import voiceAddStyle from '../fixtures/api/voice.addStyle.json';
import voiceGet from '../fixtures/api/voice.get.json';
import voiceList from '../fixtures/api/voice.list.json';
import { byId, type BinarySpec, type FaultStubs } from './helpers';
import { EDITING_OPERATIONS } from './editingOperations';
import { AUDIO_OPERATIONS } from './operationsAudio';

export const IDS = {
	voice: '9f011950-f143-4eb7-abbb-90e0b66874ea',
	style: '66c052e8-d395-42f1-bb81-dc7325d56430',
	task: '71f2d625-b99c-4654-9d24-337e18b2e3fd',
	template: 'c9baa76f-de5f-4746-afbc-dffd4b9fb7ab',
	upload: '263cd424-d57e-4e9a-9cc0-9a1f07cc97bb',
	share: 'e5a33e3e-6090-44f4-bf9c-60c150c99bbd',
};

export const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2048, 7)]);
const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4096, 1)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(512, 2)]);
const ZIP = Buffer.concat([Buffer.from('PK'), Buffer.alloc(3000, 3)]);

export const SAMPLES: Record<string, BinarySpec> = {
	wav: [WAV, 'audio/wav', 'sample.wav'],
	png: [PNG, 'image/png', 'avatar.png'],
	zip: [ZIP, 'application/zip', 'samples.zip'],
	chunk: [Buffer.alloc(1000, 4), 'application/octet-stream', 'chunk.bin'],
};

const OK = { status: 200, message: 'OK' };
const TEXT = 'Hello there, the weather is really nice today!';

/** One operation of the node with the smallest parameters that make it run, and Vocu's replies to a success. */
export interface OperationCase {
	key: string;
	params: INodeParameters;
	/** Binary properties every input item carries. */
	binaries?: Record<string, BinarySpec>;
	/** The first call the operation makes to Vocu. */
	first: { method: string; path: string };
	/** Registers, in order, the replies of one successful run of one item. */
	happy: (stubs: FaultStubs) => void;
	/** Output items of one successful input item (lists give several). */
	outputs?: number;
}

function audioReply() {
	return { status: 200, body: MP3, headers: { 'content-type': 'audio/mpeg' } };
}

function dataUrlOf(property: string, mime: string) {
	return (request: RecordedRequest) => {
		const value = (request.json as Record<string, unknown>)[property];
		if (typeof value !== 'string' || !value.startsWith(`data:${mime};base64,`)) {
			throw new Error(`${property} is not a ${mime} data URL`);
		}
	};
}

function multipartChunk(request: RecordedRequest) {
	if (!String(request.headers['content-type']).startsWith('multipart/form-data; boundary=')) {
		throw new Error('chunk is not multipart/form-data');
	}
	if (!request.raw.includes(IDS.upload)) throw new Error('chunk does not name the upload');
}

const voicePath = `/api/voice/${IDS.voice}`;
const taskPath = `/api/tts/generate/${IDS.task}`;
const templatePath = `/api/template/${IDS.template}`;
const segments = { segment: [{ voiceId: IDS.voice, text: TEXT }] };

export const OPERATIONS: OperationCase[] = [
	{
		key: 'account.get',
		params: { resource: 'account', operation: 'get' },
		first: { method: 'GET', path: '/api/account/info' },
		happy: ({ vocu }) => vocu.on('GET', '/api/account/info').reply(200, accountInfo.response.body),
	},
	{
		key: 'voice.addByShareId',
		params: { resource: 'voice', operation: 'addByShareId', shareId: IDS.share },
		first: { method: 'POST', path: '/api/voice/byShareId' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/voice/byShareId', { body: { shareId: IDS.share } })
				.reply(200, { ...OK, voiceId: IDS.voice }),
	},
	{
		key: 'voice.addStyle',
		params: {
			resource: 'voice',
			operation: 'addStyle',
			voiceId: byId(IDS.voice),
			styleName: 'Calm',
		},
		binaries: { data: SAMPLES.wav },
		first: { method: 'POST', path: `${voicePath}/prompt` },
		happy: ({ vocu }) =>
			vocu
				.on('POST', `${voicePath}/prompt`, { check: dataUrlOf('prompt', 'audio/wav') })
				.reply(200, voiceAddStyle.response.body),
	},
	{
		key: 'voice.create',
		params: {
			resource: 'voice',
			operation: 'create',
			name: 'Narrator',
			options: { waitUntilReady: true, pollInterval: 1, maxWait: 30 },
		},
		binaries: { data: SAMPLES.wav },
		first: { method: 'POST', path: '/api/voice' },
		happy: ({ vocu }) => {
			const voice = { ...voiceGet.response.body.data, id: IDS.voice };
			vocu
				.on('POST', '/api/voice', { check: dataUrlOf('prompt', 'audio/wav') })
				.reply(200, { ...OK, data: { ...voice, status: 'creating' } });
			vocu.on('GET', voicePath).reply(200, { ...OK, data: { ...voice, status: 'pending' } });
		},
	},
	{
		key: 'voice.delete',
		params: { resource: 'voice', operation: 'delete', voiceId: byId(IDS.voice) },
		first: { method: 'DELETE', path: voicePath },
		happy: ({ vocu }) => vocu.on('DELETE', voicePath).reply(200, OK),
	},
	{
		key: 'voice.deleteStyle',
		params: {
			resource: 'voice',
			operation: 'deleteStyle',
			voiceId: byId(IDS.voice),
			styleId: IDS.style,
		},
		first: { method: 'DELETE', path: `${voicePath}/prompt/${IDS.style}` },
		happy: ({ vocu }) =>
			vocu.on('DELETE', `${voicePath}/prompt/${IDS.style}`).reply(200, voiceGet.response.body),
	},
	{
		key: 'voice.get',
		params: { resource: 'voice', operation: 'get', voiceId: byId(IDS.voice) },
		first: { method: 'GET', path: voicePath },
		happy: ({ vocu }) => vocu.on('GET', voicePath).reply(200, voiceGet.response.body),
	},
	{
		key: 'voice.getAll',
		params: { resource: 'voice', operation: 'getAll', returnAll: true },
		first: { method: 'GET', path: '/api/voice' },
		happy: ({ vocu }) =>
			vocu
				.on('GET', '/api/voice', { query: { showMarket: 'false' } })
				.reply(200, voiceList.response.body),
		outputs: voiceList.response.body.data.length,
	},
	{
		key: 'voice.getShareId',
		params: { resource: 'voice', operation: 'getShareId', voiceId: byId(IDS.voice) },
		first: { method: 'GET', path: `${voicePath}/share` },
		happy: ({ vocu }) =>
			vocu.on('GET', `${voicePath}/share`).reply(200, { ...OK, data: { shareId: IDS.share } }),
	},
	{
		key: 'voice.uploadAvatar',
		params: { resource: 'voice', operation: 'uploadAvatar', voiceId: byId(IDS.voice) },
		binaries: { data: SAMPLES.png },
		first: { method: 'POST', path: `${voicePath}/avatar` },
		happy: ({ vocu }) =>
			vocu
				.on('POST', `${voicePath}/avatar`, { check: dataUrlOf('avatar', 'image/png') })
				.reply(200, voiceGet.response.body),
	},
	{
		key: 'speech.generate',
		params: {
			resource: 'speech',
			operation: 'generate',
			generationMode: 'plain',
			voiceId: byId(IDS.voice),
			text: TEXT,
		},
		first: { method: 'POST', path: '/api/tts/simple-generate' },
		happy: ({ vocu, storage }) => {
			vocu
				.on('POST', '/api/tts/simple-generate', {
					body: { voiceId: IDS.voice, text: TEXT, promptId: 'default' },
				})
				.reply(200, {
					...OK,
					data: { id: 'gen-1', audio: `${storage.url}/generate/gen-1.mp3`, credit_used: 44 },
				});
			storage.on('GET', '/generate/gen-1.mp3').replyWith(audioReply());
		},
	},
	{
		key: 'speech.stream',
		params: {
			resource: 'speech',
			operation: 'stream',
			generationMode: 'plain',
			voiceId: byId(IDS.voice),
			text: TEXT,
		},
		first: { method: 'GET', path: '/api/tts/simple-generate.mp3' },
		happy: ({ vocu }) =>
			vocu
				.on('GET', '/api/tts/simple-generate.mp3', {
					query: { voiceId: IDS.voice, text: TEXT, promptId: 'default' },
				})
				.replyWith({
					...audioReply(),
					headers: { 'content-type': 'audio/mpeg', 'x-reecho-audio-id': 'gen-2' },
				}),
	},
	{
		key: 'task.create',
		params: {
			resource: 'task',
			operation: 'create',
			generationMode: 'plain',
			voiceId: byId(IDS.voice),
			text: TEXT,
			pollInterval: 1,
			maxWait: 30,
		},
		first: { method: 'POST', path: '/api/tts/generate' },
		happy: ({ vocu, storage }) => {
			vocu
				.on('POST', '/api/tts/generate', {
					body: {
						contents: [{ type: 'text', voiceId: IDS.voice, text: TEXT, promptId: 'default' }],
					},
				})
				.reply(200, {
					...OK,
					data: { ...taskCreate.response.body.data, id: IDS.task, status: 'pending' },
				});
			const metadata = {
				...taskGet.response.body.data.metadata,
				audio: `${storage.url}/generate/task-merged.mp3`,
			};
			vocu
				.on('GET', taskPath)
				.reply(200, { ...OK, data: { ...taskGet.response.body.data, metadata } });
			storage.on('GET', '/generate/task-merged.mp3').replyWith(audioReply());
		},
	},
	{
		key: 'task.delete',
		params: { resource: 'task', operation: 'delete', taskId: IDS.task },
		first: { method: 'DELETE', path: taskPath },
		happy: ({ vocu }) => vocu.on('DELETE', taskPath).reply(200, OK),
	},
	{
		key: 'task.get',
		params: { resource: 'task', operation: 'get', taskId: IDS.task },
		first: { method: 'GET', path: taskPath },
		happy: ({ vocu }) => vocu.on('GET', taskPath).reply(200, taskGet.response.body),
	},
	{
		key: 'task.getAll',
		params: { resource: 'task', operation: 'getAll', limit: 5 },
		first: { method: 'GET', path: '/api/tts/generate' },
		happy: ({ vocu }) => {
			const tasks = [
				taskList.response.body.data[0],
				{ ...taskList.response.body.data[0], id: 'task-2' },
			];
			vocu
				.on('GET', '/api/tts/generate', { query: { offset: '0', limit: '5' } })
				.reply(200, { ...OK, data: tasks });
			// A short page does not end a list: the next page (empty) does.
			vocu
				.on('GET', '/api/tts/generate', { query: { offset: '2', limit: '3' } })
				.reply(200, { ...OK, data: [] });
		},
		outputs: 2,
	},
	{
		key: 'task.regenerate',
		params: { resource: 'task', operation: 'regenerate', taskId: IDS.task },
		first: { method: 'GET', path: taskPath },
		happy: ({ vocu }) => {
			const task = taskGet.response.body.data;
			vocu.on('GET', taskPath).reply(200, taskGet.response.body);
			vocu
				.on('POST', '/api/tts/generate', {
					check: (request) => {
						const body = request.json as { contents: Array<{ voiceId: string; text: string }> };
						expect(body.contents.map(({ voiceId, text }) => ({ voiceId, text }))).toEqual(
							task.metadata.contents.map(({ voiceId, text }) => ({ voiceId, text })),
						);
					},
				})
				.reply(200, taskCreate.response.body);
		},
	},
	{
		key: 'template.create',
		params: { resource: 'template', operation: 'create', templateName: 'Intro', segments },
		first: { method: 'POST', path: '/api/template' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/template', { body: { name: 'Intro', contents: segments.segment } })
				.reply(200, templateCreate.response.body),
	},
	{
		key: 'template.delete',
		params: { resource: 'template', operation: 'delete', templateId: byId(IDS.template) },
		first: { method: 'DELETE', path: templatePath },
		happy: ({ vocu }) => vocu.on('DELETE', templatePath).reply(200, OK),
	},
	{
		key: 'template.get',
		params: { resource: 'template', operation: 'get', templateId: byId(IDS.template) },
		first: { method: 'GET', path: templatePath },
		happy: ({ vocu }) => vocu.on('GET', templatePath).reply(200, templateGet.response.body),
	},
	{
		key: 'template.getAll',
		params: { resource: 'template', operation: 'getAll', limit: 5 },
		first: { method: 'GET', path: '/api/template' },
		happy: ({ vocu }) => {
			const templates = [
				templateList.response.body.data[0],
				{ ...templateList.response.body.data[0], id: 't-2' },
			];
			vocu
				.on('GET', '/api/template', { query: { offset: '0', limit: '5' } })
				.reply(200, { ...OK, data: templates });
			vocu
				.on('GET', '/api/template', { query: { offset: '2', limit: '3' } })
				.reply(200, { ...OK, data: [] });
		},
		outputs: 2,
	},
	{
		key: 'template.update',
		params: { resource: 'template', operation: 'update', templateId: byId(IDS.template), segments },
		first: { method: 'POST', path: templatePath },
		happy: ({ vocu }) => {
			vocu.on('POST', templatePath, { body: { contents: segments.segment } }).reply(200, OK);
			vocu.on('GET', templatePath).reply(200, templateGet.response.body);
		},
	},
	{
		key: 'file.createUpload',
		params: { resource: 'file', operation: 'createUpload' },
		first: { method: 'POST', path: '/api/editor/multipartUpload/newFile' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/editor/multipartUpload/newFile', { body: { type: 'zip' } })
				.reply(200, { ...OK, data: { id: IDS.upload } }),
	},
	{
		key: 'file.finishUpload',
		params: { resource: 'file', operation: 'finishUpload', uploadId: IDS.upload },
		first: { method: 'POST', path: '/api/editor/multipartUpload/finish' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/editor/multipartUpload/finish', { body: { id: IDS.upload } })
				.reply(200, { ...OK, data: { id: IDS.upload } }),
	},
	{
		key: 'file.uploadAudio',
		params: { resource: 'file', operation: 'uploadAudio' },
		binaries: { data: SAMPLES.wav },
		first: { method: 'POST', path: '/api/tts/upload-audio' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/tts/upload-audio', { check: dataUrlOf('audio', 'audio/wav') })
				.reply(200, { ...OK, data: { url: 'https://storage.vocustatic.com/vc-input/a/b.mp3' } }),
	},
	{
		key: 'file.uploadChunk',
		params: {
			resource: 'file',
			operation: 'uploadChunk',
			uploadId: IDS.upload,
			chunkIndex: 0,
			totalChunks: 1,
		},
		binaries: { data: SAMPLES.chunk },
		first: { method: 'POST', path: '/api/editor/multipartUpload/upload' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/editor/multipartUpload/upload', { check: multipartChunk })
				.reply(200, OK),
	},
	{
		key: 'file.uploadTrainingArchive',
		params: { resource: 'file', operation: 'uploadTrainingArchive' },
		binaries: { data: SAMPLES.zip },
		first: { method: 'POST', path: '/api/editor/multipartUpload/newFile' },
		happy: ({ vocu }) => {
			vocu
				.on('POST', '/api/editor/multipartUpload/newFile', { body: { type: 'zip' } })
				.reply(200, { ...OK, data: { id: IDS.upload } });
			vocu
				.on('POST', '/api/editor/multipartUpload/upload', { check: multipartChunk })
				.reply(200, OK);
			vocu
				.on('POST', '/api/editor/multipartUpload/finish', { body: { id: IDS.upload } })
				.reply(200, OK);
		},
	},
	...EDITING_OPERATIONS,
	...AUDIO_OPERATIONS,
];

export function operationCase(key: string): OperationCase {
	const found = OPERATIONS.find((op) => op.key === key);
	if (!found) throw new Error(`no operation ${key}`);
	return found;
}
