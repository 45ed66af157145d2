import type {
	IBinaryData,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	applySyncTimeout,
	speechItem,
	speechFields,
	speechRequestInput,
	speechResultJson,
} from '../../../nodes/Vocu/resources/speech/common';
import { SYNC_GENERATION_TIMEOUT_MS } from '../../../nodes/Vocu/shared/constants';

const node = { name: 'Vocu' } as INode;
const VOICE = '9f011950-f143-4eb7-abbb-90e0b66874ea';

function itemContext(parameters: Record<string, unknown>): IExecuteSingleFunctions {
	return {
		getNode: () => node,
		getItemIndex: () => 1,
		getNodeParameter: (name: string, fallback: unknown) =>
			name in parameters ? parameters[name] : fallback,
	} as unknown as IExecuteSingleFunctions;
}

function contextWithSettings(requestOptions: Record<string, unknown>): IExecuteSingleFunctions {
	return {
		getNodeParameter: (name: string, fallback: unknown) =>
			name === 'requestOptions' ? requestOptions : fallback,
	} as unknown as IExecuteSingleFunctions;
}

describe('speech helpers', () => {
	describe('applySyncTimeout', () => {
		it("outlasts Vocu's 330 s hold when the user set no timeout (n8n's routing would use 300 s)", () => {
			const options = { url: '/x', timeout: 300_000 } as IHttpRequestOptions;
			applySyncTimeout(contextWithSettings({}), options);
			expect(options.timeout).toBe(SYNC_GENERATION_TIMEOUT_MS);
			expect(SYNC_GENERATION_TIMEOUT_MS).toBeGreaterThan(330_000);
		});

		it('keeps the timeout the user set in Request Options', () => {
			const options = { url: '/x', timeout: 45_000 } as IHttpRequestOptions;
			applySyncTimeout(contextWithSettings({ timeout: 45_000 }), options);
			expect(options.timeout).toBe(45_000);
		});
	});

	it('names results readably', () => {
		expect(speechResultJson({ id: 'a', audio: 'u', credit_used: 3, billing: { x: 1 } })).toEqual({
			id: 'a',
			creditUsed: 3,
			audioUrl: 'u',
			billing: { x: 1 },
		});
	});

	describe('speechRequestInput', () => {
		it('reads voice, style, text and options under Vocu names and sets the sync timeout', async () => {
			const options = { url: '/x' } as IHttpRequestOptions;
			const context = itemContext({
				voiceId: ` ${VOICE} `,
				styleId: '',
				text: 'Hello',
				generationMode: 'plain',
				generationOptions: { flash: true },
			});
			expect(await speechRequestInput(context, options)).toEqual({
				voiceId: VOICE,
				text: 'Hello',
				promptId: 'default',
				flash: true,
			});
			expect(options.timeout).toBe(SYNC_GENERATION_TIMEOUT_MS);
		});

		it('refuses empty text and a voice that is not an ID before anything is sent', async () => {
			const options = { url: '/x' } as IHttpRequestOptions;
			await expect(
				speechRequestInput(itemContext({ voiceId: VOICE, text: '  ' }), options),
			).rejects.toThrow(NodeOperationError);
			await expect(
				speechRequestInput(itemContext({ voiceId: 'My Voice', text: 'Hi' }), options),
			).rejects.toThrow("'Voice' is not a voice ID [item 1]");
		});
	});

	it('offers File Name (described per operation) and Max Concurrent Generations as Options', () => {
		const fields = speechFields(['preset'], [], 'Name of the output file.');
		expect(fields.map((f) => f.name)).toEqual([
			'voiceId',
			'styleId',
			'text',
			'generationMode',
			'generationOptions',
			'options',
		]);
		const field = fields[fields.length - 1];
		expect(field).toMatchObject({ name: 'options', type: 'collection', default: {} });
		expect(field.options).toEqual([
			expect.objectContaining({ name: 'fileName', description: 'Name of the output file.' }),
			expect.objectContaining({ name: 'maxConcurrent', type: 'number' }),
		]);
	});

	it('puts the audio into the output binary field', async () => {
		const audio = { data: '', mimeType: 'audio/mpeg' } as IBinaryData;
		expect(
			await speechItem(itemContext({ binaryPropertyOutput: 'speech' }), { id: 'a' }, audio),
		).toEqual([{ json: { id: 'a' }, binary: { speech: audio } }]);
		await expect(speechItem(itemContext({ binaryPropertyOutput: ' ' }), {}, audio)).rejects.toThrow(
			"'Put Output File in Field' is empty [item 1]",
		);
	});
});
