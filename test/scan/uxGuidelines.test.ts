// The machine-checkable rules of n8n's UX guidelines for community nodes (docs/verification.md lists them all),
// over every field of both nodes and the credential, nested collections included.
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { VocuTrigger } from '../../nodes/VocuTrigger/VocuTrigger.node';

interface Field {
	where: string;
	field: INodeProperties;
}

function isField(value: unknown): value is INodeProperties {
	return typeof value === 'object' && value !== null && 'type' in value && 'name' in value;
}

/** Every field, with its path, including fields inside collections and fixed collections. */
function allFields(list: INodeProperties[], where: string): Field[] {
	return list.flatMap((field) => {
		const at = `${where} › ${field.displayName}`;
		const options = (field.options ?? []) as Array<
			INodeProperties | INodePropertyCollection | INodePropertyOptions
		>;
		const nested = options.flatMap((option) => {
			if (isField(option)) return allFields([option], at);
			if ('values' in option) return allFields(option.values, `${at} › ${option.displayName}`);
			return [];
		});
		return [{ where: at, field }, ...nested];
	});
}

const SMALL_WORDS = new Set([
	'a',
	'an',
	'and',
	'as',
	'at',
	'by',
	'for',
	'from',
	'in',
	'into',
	'of',
	'on',
	'or',
	'per',
	'the',
	'to',
	'vs',
	'with',
]);

function isTitleCase(text: string): boolean {
	return text
		.split(/[\s/]+/)
		.filter(Boolean)
		.every((word, index) => !/^[a-z]/.test(word) || (index > 0 && SMALL_WORDS.has(word)));
}

/** Names that keep their capital inside a sentence-case action. */
const PROPER_NOUNS = new Set(['Vocu']);

const sources = {
	Vocu: new Vocu().description.properties,
	'Vocu Trigger': new VocuTrigger().description.properties,
	'Vocu API credential': new VocuApi().properties,
};
const fields = Object.entries(sources).flatMap(([name, list]) => allFields(list, name));
const operations = fields
	.filter(({ field }) => field.name === 'operation' && field.type === 'options')
	.flatMap(({ where, field }) =>
		((field.options ?? []) as INodePropertyOptions[]).map((option) => ({ where, option })),
	);

describe("n8n's UX guidelines", () => {
	it('covers both nodes and the credential', () => {
		expect(fields.length).toBeGreaterThan(50);
		expect(operations.length).toBeGreaterThan(20);
		// Each rule below has something to check.
		expect(fields.filter(({ field }) => field.type === 'boolean').length).toBeGreaterThan(5);
		expect(
			fields.filter(({ field }) => field.modes?.some((mode) => mode.name === 'list')).length,
		).toBeGreaterThan(2);
		expect(
			fields.filter(({ field }) => field.type === 'string' && field.placeholder).length,
		).toBeGreaterThan(2);
	});

	it('makes secrets password fields', () => {
		const secrets = fields.filter(
			({ field }) => /key|secret|token|password/i.test(field.name) && field.type === 'string',
		);
		expect(secrets.length).toBeGreaterThan(0);
		expect(
			secrets.filter(({ field }) => field.typeOptions?.password !== true).map(({ where }) => where),
		).toEqual([]);
	});

	it('starts every boolean description with "Whether"', () => {
		const bad = fields.filter(
			({ field }) => field.type === 'boolean' && !/^Whether /.test(field.description ?? ''),
		);
		expect(bad.map(({ where, field }) => `${where}: ${field.description}`)).toEqual([]);
	});

	it('defaults resource locators to "From list" where they have a list', () => {
		const bad = fields.filter(
			({ field }) =>
				field.type === 'resourceLocator' &&
				field.modes?.some((mode) => mode.name === 'list') &&
				(field.default as { mode?: string } | undefined)?.mode !== 'list',
		);
		expect(bad.map(({ where }) => where)).toEqual([]);
	});

	it('writes labels in Title Case (notices are sentences)', () => {
		const bad = fields.filter(
			({ field }) => field.type !== 'notice' && !isTitleCase(field.displayName),
		);
		expect(bad.map(({ where }) => where)).toEqual([]);
	});

	it('gives every operation a Title Case name, a sentence-case action and a description', () => {
		const bad = operations.filter(({ option }) => {
			const [first = '', ...rest] = (option.action ?? '').split(' ');
			const sentenceCase =
				/^[A-Z]/.test(first) &&
				rest.every((word) => !/^[A-Z][a-z]/.test(word) || PROPER_NOUNS.has(word));
			return !isTitleCase(option.name) || !sentenceCase || !option.description;
		});
		expect(bad.map(({ where, option }) => `${where}: ${option.name} / ${option.action}`)).toEqual(
			[],
		);
	});

	it('writes actions without articles ("Delete voice", not "Delete a voice")', () => {
		const bad = operations.filter(({ option }) => /\b(a|an|the)\b/i.test(option.action ?? ''));
		expect(bad.map(({ where, option }) => `${where}: ${option.action}`)).toEqual([]);
	});

	it('uses "e.g." placeholders on every text field, the credential\'s included', () => {
		const bad = fields.filter(
			({ field }) =>
				['string', 'number'].includes(field.type) &&
				field.placeholder !== undefined &&
				!/^e\.g\. /.test(field.placeholder),
		);
		expect(bad.map(({ where, field }) => `${where}: ${field.placeholder}`)).toEqual([]);
	});

	it('is English only (no non-Latin script in any label, description, hint or placeholder)', () => {
		const texts = fields.flatMap(({ where, field }) =>
			[field.displayName, field.description, field.hint, field.placeholder].map((text) => ({
				where,
				text,
			})),
		);
		const bad = texts.filter(
			({ text }) =>
				typeof text === 'string' &&
				/[\u0400-\u04FF\u0600-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/.test(text),
		);
		expect(bad.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});
});
