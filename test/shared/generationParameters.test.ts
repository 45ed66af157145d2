import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	asQueryParameters,
	generationParameters,
} from '../../nodes/Vocu/shared/generationParameters';

const node = { name: 'Vocu' } as INode;

describe('generationParameters', () => {
	it('maps node names to Vocu names and fills unset emotions with 0', () => {
		expect(
			generationParameters(
				node,
				{ itemIndex: 0 },
				{
					breakClone: true,
					emotions: { sadness: 4 },
					language: 'ZH',
					speechRate: '1.5',
				},
			),
		).toEqual({ break_clone: true, emo_switch: [0, 0, 0, 4, 0], language: 'zh', speechRate: 1.5 });
	});

	it('sends nothing that was not set', () => {
		expect(generationParameters(node, { itemIndex: 0 }, {})).toEqual({});
	});

	it('accepts preset keys from Vocu’s preset list but not arbitrary text', () => {
		expect(generationParameters(node, { itemIndex: 0 }, { preset: 'v3_balance_pro' })).toEqual({
			preset: 'v3_balance_pro',
		});
		expect(() => generationParameters(node, { itemIndex: 2 }, { preset: 'very stable!' })).toThrow(
			"'Preset' is not a preset key [item 2]",
		);
	});

	it('throws NodeOperationError naming the field, item and segment', () => {
		let error: unknown;
		try {
			generationParameters(node, { itemIndex: 3, segment: 2 }, { speechRate: 'fast' });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			"'Duration Factor' must be a number from 0.5 to 2 [item 3, segment 2]",
		);
	});
});

describe('generationParameters checks', () => {
	it('rejects a language Vocu does not generate in, listing the ones it does', () => {
		expect(() => generationParameters(node, { itemIndex: 0 }, { language: 'ja-asmr' })).toThrow(
			'\'Language\' "ja-asmr" is not supported [item 0]',
		);
		expect(generationParameters(node, { itemIndex: 0 }, { language: ' EN-US ' })).toEqual({
			language: 'en-us',
		});
	});

	it('refuses emotions outside 0 to 10 and Subtitles with Flash Mode', () => {
		expect(() => generationParameters(node, { itemIndex: 1 }, { emotions: { anger: 11 } })).toThrow(
			"'Emotion Mix: Anger' must be a whole number from 0 to 10 [item 1]",
		);
		expect(() =>
			generationParameters(node, { itemIndex: 0 }, { srt: true, flash: 'true' }),
		).toThrow('Subtitles cannot be combined with Flash Mode [item 0]');
		expect(
			generationParameters(node, { itemIndex: 0 }, { srt: true, flash: false, seed: '7' }),
		).toEqual({
			srt: true,
			flash: false,
			seed: 7,
		});
	});
});

it('writes booleans as text in query parameters', () => {
	expect(asQueryParameters({ flash: true, srt: false, seed: 3, text: 'hi' })).toEqual({
		flash: 'true',
		srt: 'false',
		seed: 3,
		text: 'hi',
	});
});
