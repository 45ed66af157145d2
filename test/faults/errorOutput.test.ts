import { DirectoryLoader } from 'n8n-core';
import type { IExecuteFunctions, INodeType } from 'n8n-workflow';

import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { nodeTypesFor, vocuNodeFor } from '../harness/n8nWorkflow';
import { NODE_TYPE, runWorkflow, vocuCredentials } from '../harness/runNode';
import { byId, useFaultStubs } from './helpers';
import { IDS, OPERATIONS } from './operations';

/** A node that passes its input on, like a trigger or Set node named "Input" in a real workflow. */
const passThrough: INodeType = {
	description: {
		displayName: 'Pass Through',
		name: 'passThrough',
		group: ['transform'],
		version: 1,
		description: 'Passes its items on',
		defaults: { name: 'Input' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	},
};

/** A node that evaluates one expression per item, like a Set node on the error branch. */
const reader: INodeType = {
	description: {
		...passThrough.description,
		displayName: 'Reader',
		name: 'reader',
		properties: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }],
	},
	async execute(this: IExecuteFunctions) {
		return [
			this.getInputData().map((_item, item) => ({
				json: { value: this.getNodeParameter('value', item) },
				pairedItem: { item },
			})),
		];
	},
};

const vocuNode = new Vocu();
DirectoryLoader.applyDeclarativeNodeOptionParameters(vocuNode);
const nodeTypes = nodeTypesFor({
	[NODE_TYPE]: vocuNode,
	'test.passThrough': passThrough,
	'test.reader': reader,
});

const OTHER_VOICE = '0e9d4a57-1c1f-4d6b-9a53-3f0c3b2f8e11';

describe('error items: what failed, paired with the input that failed', () => {
	const { stubs, run } = useFaultStubs();

	it('Continue (using error output): the error branch gets the failed input merged and reads it with $()', async () => {
		stubs.vocu
			.on('GET', `/api/voice/${IDS.voice}`)
			.reply(200, { status: 200, message: 'OK', data: { id: IDS.voice } });
		stubs.vocu
			.on('GET', `/api/voice/${OTHER_VOICE}`)
			.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'no such voice' });
		const node = (name: string, type: string, parameters = {}) => ({
			id: name,
			name,
			type,
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters,
		});
		const workflow = {
			nodes: [
				node('Input', 'test.passThrough'),
				vocuNodeFor(
					NODE_TYPE,
					'Vocu',
					{ resource: 'voice', operation: 'get', voiceId: byId('={{ $json.voice }}') },
					{ onError: 'continueErrorOutput' },
				),
				node('Read Failed Input', 'test.reader', { value: "={{ $('Input').item.json.name }}" }),
			],
			connections: {
				Input: { main: [[{ node: 'Vocu', type: 'main' as const, index: 0 }]] },
				Vocu: { main: [[], [{ node: 'Read Failed Input', type: 'main' as const, index: 0 }]] },
			},
		};
		const {
			run: result,
			items,
			errorItems,
			error,
		} = await runWorkflow(workflow, 'Vocu', {
			credentials: vocuCredentials(stubs.vocu.url),
			nodeTypes,
			items: [
				{ json: { name: 'first', voice: IDS.voice } },
				{ json: { name: 'second', voice: OTHER_VOICE } },
			],
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
		expect(errorItems).toEqual([
			{
				json: { name: 'second', voice: OTHER_VOICE, error: expect.stringMatching(/voice/i) },
				pairedItem: { item: 1 },
			},
		]);
		const read = result.data.resultData.runData['Read Failed Input'][0].data?.main[0];
		expect(read?.map((item) => item.json)).toEqual([{ value: 'second' }]);
	});

	it('a download that fails after a paid generation names the generation', async () => {
		const generate = OPERATIONS.find((op) => op.key === 'speech.generate')!;
		stubs.vocu.on('POST', '/api/tts/simple-generate').reply(200, {
			status: 200,
			message: 'OK',
			data: { id: 'gen-1', audio: `${stubs.storage.url}/generate/gen-1.mp3`, credit_used: 44 },
		});
		stubs.storage.on('GET', '/generate/gen-1.mp3').reply(403, 'expired');

		const { items, error } = await run(generate.params, { settings: { continueOnFail: true } });

		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: {
					error: 'Speech audio: downloading the audio failed (HTTP 403)',
					description: expect.stringContaining('Generation gen-1 succeeded and was charged'),
					httpStatus: 403,
					generationId: 'gen-1',
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
