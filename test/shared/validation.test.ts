import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	asBoolean,
	asNumber,
	inputError,
	numberInRange,
	requireId,
	requireText,
	SAFE_ID,
	UUID_PATTERN,
	VOICE_ID,
	VOICE_ID_PATTERN,
} from '../../nodes/Vocu/shared/validation';

const node = { name: 'Vocu' } as INode;
const UUID = '9f011950-f143-4eb7-abbb-90e0b66874ea';

describe('ID patterns', () => {
	it('accepts UUIDs for templates and UUID or market:<uuid> for voices', () => {
		expect(new RegExp(UUID_PATTERN).test(UUID)).toBe(true);
		expect(new RegExp(UUID_PATTERN).test(`market:${UUID}`)).toBe(false);
		expect(VOICE_ID.test(`market:${UUID}`)).toBe(true);
		expect(new RegExp(VOICE_ID_PATTERN).test(UUID.toUpperCase())).toBe(true);
		expect(VOICE_ID.test(`${UUID}x`)).toBe(false);
	});

	it.each([UUID, `market:${UUID}`, 'default', 'upload_1.zip'])(
		'lets %s stand in a URL path',
		(id) => expect(SAFE_ID.test(id)).toBe(true),
	);

	it.each(['a/b', '../x', 'a b', 'x?y=1', '', ':x'])('keeps %p out of a URL path', (id) =>
		expect(SAFE_ID.test(id)).toBe(false),
	);
});

describe('input checks', () => {
	it('names the item, and the segment when there is one', () => {
		const error = inputError(node, { itemIndex: 2, segment: 3 }, "'Text' is empty", 'Enter text.');
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe("'Text' is empty [item 2, segment 3]");
		expect(error.description).toBe('Enter text.');
		expect(inputError(node, { itemIndex: 0 }, 'Bad', 'Fix it.').message).toBe('Bad [item 0]');
	});

	it('reads numbers and numeric text, anything else as NaN', () => {
		expect(asNumber(1.5)).toBe(1.5);
		expect(asNumber(' 2 ')).toBe(2);
		expect(asNumber('')).toBeNaN();
		expect(asNumber(null)).toBeNaN();
	});

	it('reads booleans and their text, and refuses anything else', () => {
		expect(asBoolean(node, { itemIndex: 0 }, 'Flash Mode', true)).toBe(true);
		expect(asBoolean(node, { itemIndex: 0 }, 'Flash Mode', 'false')).toBe(false);
		expect(() => asBoolean(node, { itemIndex: 1 }, 'Flash Mode', 'yes')).toThrow(
			"'Flash Mode' must be true or false [item 1]",
		);
	});

	it('keeps numbers in range and whole where asked', () => {
		const range = { min: -1, max: 10, integer: true };
		expect(numberInRange(node, { itemIndex: 0 }, 'Seed', '10', range)).toBe(10);
		expect(() => numberInRange(node, { itemIndex: 0 }, 'Seed', 11, range)).toThrow(
			"'Seed' must be a whole number from -1 to 10 [item 0]",
		);
		expect(() => numberInRange(node, { itemIndex: 0 }, 'Seed', 1.5, range)).toThrow('whole number');
		expect(() =>
			numberInRange(node, { itemIndex: 0 }, 'Rate', 'fast', { min: 0.5, max: 2 }),
		).toThrow("'Rate' must be a number from 0.5 to 2 [item 0]");
	});

	it('requires text that is not only whitespace, and keeps it as typed', () => {
		expect(requireText(node, { itemIndex: 0 }, ' Hi ')).toBe(' Hi ');
		expect(requireText(node, { itemIndex: 0 }, 42)).toBe('42');
		expect(() => requireText(node, { itemIndex: 4 }, '  ')).toThrow("'Text' is empty [item 4]");
		expect(() => requireText(node, { itemIndex: 0 }, undefined)).toThrow(NodeOperationError);
	});

	it('requires a voice ID, trimmed', () => {
		expect(requireId(node, { itemIndex: 0 }, 'Voice', ` market:${UUID} `)).toBe(`market:${UUID}`);
		expect(() => requireId(node, { itemIndex: 0 }, 'Voice', '')).toThrow(
			"'Voice' is empty [item 0]",
		);
		expect(() => requireId(node, { itemIndex: 0, segment: 1 }, 'Voice ID', 'Anna')).toThrow(
			"'Voice ID' is not a voice ID [item 0, segment 1]",
		);
	});
});
