import type { OperationCase } from './operations';
import { byId } from './helpers';
import presets from '../fixtures/api/tts.listPresets.json';
import splitterGet from '../fixtures/api/splitter.get.json';
import splitterList from '../fixtures/api/splitter.list.json';
import taskFromScript from '../fixtures/api/tts.createTaskSplitter.json';
import voiceInfo from '../fixtures/api/voice.updateInfo.json';

// The same voice and style IDs as IDS in operations.ts (not imported: that module spreads this list).
const VOICE = '9f011950-f143-4eb7-abbb-90e0b66874ea';
const STYLE = '66c052e8-d395-42f1-bb81-dc7325d56430';
const SPLITTER = splitterGet.request.pathParams.id;
const voicePath = `/api/voice/${VOICE}`;
const splitterPath = `/api/splitter/${SPLITTER}`;
const voice = { ...voiceInfo.response.body.data, id: VOICE };
const withStyle = {
	...voice,
	metadata: {
		...voice.metadata,
		prompts: [...voice.metadata.prompts, { id: STYLE, name: 'Happy' }],
	},
};
const answer = (data: unknown) => ({ status: 200, data });
const voiceOp = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'voice',
	operation,
	voiceId: byId(VOICE),
	styleId: 'default',
	...extra,
});
const splitterOp = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'splitter',
	operation,
	splitterId: byId(SPLITTER),
	...extra,
});

/** Voice and style editing, presets, splitters and scripts, for the fault matrix. */
export const EDITING_OPERATIONS: OperationCase[] = [
	{
		key: 'voice.update',
		params: voiceOp('update', { updateFields: { name: 'N', description: 'D' } }),
		first: { method: 'POST', path: `${voicePath}/info` },
		happy: ({ vocu }) =>
			vocu
				.on('POST', `${voicePath}/info`, { body: { name: 'N', description: 'D' } })
				.reply(200, answer(voice)),
	},
	{
		key: 'voice.updateStyle',
		params: voiceOp('updateStyle', { updateFields: { description: 'D' } }),
		first: { method: 'POST', path: `${voicePath}/prompt/default/info` },
		happy: ({ vocu }) =>
			vocu.on('POST', `${voicePath}/prompt/default/info`).reply(200, answer(voice)),
	},
	{
		key: 'voice.setDefaultStyle',
		params: voiceOp('setDefaultStyle', { styleId: STYLE }),
		first: { method: 'GET', path: voicePath },
		happy: ({ vocu }) => {
			vocu.on('GET', voicePath).reply(200, answer(withStyle));
			vocu.on('POST', `${voicePath}/prompt/${STYLE}/default`).reply(200, answer(voice));
		},
	},
	{
		key: 'voice.resetStyle',
		params: voiceOp('resetStyle'),
		first: { method: 'POST', path: `${voicePath}/prompt/default/reset` },
		happy: ({ vocu }) =>
			vocu.on('POST', `${voicePath}/prompt/default/reset`).reply(200, answer(voice)),
	},
	{
		key: 'voice.getStyleTranscript',
		params: voiceOp('getStyleTranscript'),
		first: { method: 'GET', path: `${voicePath}/prompt/default/stt` },
		happy: ({ vocu }) =>
			vocu.on('GET', `${voicePath}/prompt/default/stt`).reply(200, answer('Hello.')),
	},
	{
		key: 'voice.correctStyleTranscript',
		params: voiceOp('correctStyleTranscript', { transcript: 'Hello.' }),
		first: { method: 'POST', path: `${voicePath}/prompt/default/stt` },
		happy: ({ vocu }) =>
			vocu
				.on('POST', `${voicePath}/prompt/default/stt`, { body: { text: 'Hello.' } })
				.reply(200, answer(voice)),
	},
	{
		key: 'preset.getAll',
		params: { resource: 'preset', operation: 'getAll', returnAll: true },
		first: { method: 'GET', path: '/api/tts/presets' },
		happy: ({ vocu }) => vocu.on('GET', '/api/tts/presets').reply(200, presets.response.body),
		outputs: 2,
	},
	{
		key: 'splitter.create',
		params: {
			resource: 'splitter',
			operation: 'create',
			name: 'Duo',
			config: JSON.stringify({ '<A>': { voiceId: VOICE } }),
		},
		first: { method: 'POST', path: '/api/splitter' },
		happy: ({ vocu }) => vocu.on('POST', '/api/splitter').reply(200, splitterGet.response.body),
	},
	{
		key: 'splitter.get',
		params: splitterOp('get'),
		first: { method: 'GET', path: splitterPath },
		happy: ({ vocu }) => vocu.on('GET', splitterPath).reply(200, splitterGet.response.body),
	},
	{
		key: 'splitter.getAll',
		params: { resource: 'splitter', operation: 'getAll', returnAll: true },
		first: { method: 'GET', path: '/api/splitter' },
		happy: ({ vocu }) => vocu.on('GET', '/api/splitter').reply(200, splitterList.response.body),
	},
	{
		key: 'splitter.update',
		params: splitterOp('update', { updateFields: { name: 'Renamed' } }),
		first: { method: 'POST', path: splitterPath },
		happy: ({ vocu }) =>
			vocu
				.on('POST', splitterPath, { body: { name: 'Renamed' } })
				.reply(200, splitterGet.response.body),
	},
	{
		key: 'splitter.delete',
		params: splitterOp('delete'),
		first: { method: 'DELETE', path: splitterPath },
		happy: ({ vocu }) => vocu.on('DELETE', splitterPath).reply(200, { status: 200 }),
	},
	{
		key: 'task.createFromScript',
		params: {
			resource: 'task',
			operation: 'createFromScript',
			script: '<A> Hello.',
			rules: 'mapping',
			voiceMapping: { voice: [{ placeholder: '<A>', voiceId: VOICE, generationMode: 'plain' }] },
			waitForCompletion: false,
		},
		first: { method: 'POST', path: '/api/tts/generate' },
		happy: ({ vocu }) =>
			vocu.on('POST', '/api/tts/generate').reply(200, taskFromScript.response.body),
	},
];
