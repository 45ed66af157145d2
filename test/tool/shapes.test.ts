import type { IDataObject } from 'n8n-workflow';

import { toolErrorMessage, TOOL_MESSAGE_MAX } from '../../nodes/Vocu/shared/errors/forTools';
import { deletedJson } from '../../nodes/Vocu/shared/routing/output';
import { toolSpeechJson, toolTaskJson, toolVoiceJson } from '../../nodes/Vocu/shared/toolResults';
import { speechResultJson } from '../../nodes/Vocu/resources/speech/common';
import task from '../fixtures/api/task.get.json';
import stream from '../fixtures/api/speech.stream.json';

describe('tool messages', () => {
	it('drops the item index, keeps the segment, adds the fix and Vocu code', () => {
		expect(
			toolErrorMessage(
				"'Voice' is empty [item 3, segment 2]",
				'Enter the voice. · Code: X_Y · Request ID (for Vocu support): r1',
			),
		).toBe("'Voice' is empty (segment 2). Enter the voice. (Vocu code X_Y)");
	});

	it('stays short', () => {
		expect(toolErrorMessage('Failed', 'x '.repeat(600)).length).toBeLessThanOrEqual(
			TOOL_MESSAGE_MAX,
		);
	});
});

describe('tool results', () => {
	it('a generated task: ID, status, merged audio URL, characters, segments; under 1 KB', () => {
		const data = task.response.body.data as unknown as IDataObject;
		const json = toolTaskJson(data);
		expect(json).toMatchObject({ id: data.id, status: 'generated', characters: 71, segments: 1 });
		expect(json.audioUrl).toMatch(/^https:\/\//);
		expect(JSON.stringify(json).length).toBeLessThanOrEqual(1024);
	});

	it('Speech → Stream: the audio and stream URLs from X-Reecho-Response-Data', () => {
		const header = JSON.parse(
			(stream.response.headers as Record<string, string>)['X-Reecho-Response-Data'],
		);
		const json = toolSpeechJson(speechResultJson(header), 'Hello');
		expect(json).toMatchObject({
			id: header.id,
			audioUrl: header.audio,
			streamUrl: header.streamUrl,
			characters: 5,
		});
		expect(JSON.stringify(json).length).toBeLessThanOrEqual(1024);
	});

	it('a voice: ID, name, status and styles, from the full or the simplified voice', () => {
		const full = {
			id: 'v1',
			name: 'Anna',
			status: 'lora-success',
			idForGenerate: 'g1',
			version: 'v3.0',
			from: 'upload',
			metadata: { avatar: 'https://x/a.png', prompts: [{ id: 's1', name: 'Calm', text: 'Hi' }] },
		};
		const expected = {
			id: 'v1',
			name: 'Anna',
			status: 'lora-success',
			styles: [{ id: 's1', name: 'Calm' }],
		};
		expect(toolVoiceJson(full)).toEqual(expected);
		expect(toolVoiceJson({ ...expected, version: 'v3.0', from: 'upload' })).toEqual(expected);
		expect(toolVoiceJson({ id: 'v2', name: 'B', status: 'pending' })).toEqual({
			id: 'v2',
			name: 'B',
			status: 'pending',
			styles: [],
		});
	});

	it('a speech result without a URL says where to get one', () => {
		expect(toolSpeechJson({ id: 'a' }, 'Hi').note).toContain('Speech → Generate');
	});

	it('deletes answer { deleted: true } with the ID', () => {
		expect(deletedJson({ voiceId: 'v' })).toEqual({ deleted: true, voiceId: 'v' });
	});
});
