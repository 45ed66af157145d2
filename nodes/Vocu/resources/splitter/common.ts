import type { IDataObject, IExecuteSingleFunctions, INode, INodeProperties } from 'n8n-workflow';

import { LIMITS } from '../../shared/constants';
import { resourceLocator } from '../../shared/fields/locators';
import { inputError, type InputLocation, UUID_PATTERN } from '../../shared/validation';

/** Keys of a splitter config with a meaning of their own; every other key is a placeholder. */
export const RESERVED_KEYS = ['splitterMarks', 'lookupTable', 'fallbackConfig'];

/** The saved-splitter picker: searchable list of the account's splitters, or a splitter ID (UUID). */
export function splitterLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return resourceLocator(
		{
			name: 'splitterId',
			displayName: 'Splitter',
			description: 'The saved splitter (placeholder → voice rules)',
			searchMethod: 'searchSplitters',
			placeholder: 'e.g. 3f2a1b6c-8d4e-4f27-9a10-5c7e2d81b043',
			idPattern: UUID_PATTERN,
			errorMessage: 'Not a splitter ID: expected a UUID',
		},
		overrides,
	);
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON field's value: an object typed in the editor arrives as text, from an expression as an object. */
export function parseConfig(
	node: INode,
	at: InputLocation,
	label: string,
	value: unknown,
): IDataObject {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = value.trim() ? (JSON.parse(value) as unknown) : undefined;
		} catch (error) {
			throw inputError(node, at, `'${label}' is not valid JSON`, (error as Error).message);
		}
	}
	if (!isObject(parsed)) {
		throw inputError(
			node,
			at,
			`'${label}' must be a JSON object`,
			'For example {"<Anna>": {"voiceId": "<voice UUID>"}}.',
		);
	}
	return parsed;
}

function checkLookupTable(fail: (problem: string) => never, table: unknown): void {
	if (!isObject(table)) fail('"lookupTable" must be an object of entries');
	for (const [id, entry] of Object.entries(table)) {
		const tags = isObject(entry) ? entry.tags : undefined;
		const tagOk = (tag: unknown) =>
			typeof tag === 'string' || (Array.isArray(tag) && tag.every((t) => typeof t === 'string'));
		if (!Array.isArray(tags) || !tags.length || !tags.every(tagOk)) {
			fail(`lookupTable entry "${id}" needs a non-empty "tags" array of strings or string arrays`);
		}
	}
}

/**
 * Vocu's rules for a splitter config (it refuses a config breaking them with TTS_SPLITTER_INVALID), checked before
 * sending. `partial` is an update, which Vocu deep-merges into the saved config: there a `null` deletes a key and
 * the "at least one rule" check is left to Vocu, which knows the merged result.
 */
export function checkSplitterConfig(
	node: INode,
	at: InputLocation,
	label: string,
	config: IDataObject,
	partial = false,
): void {
	const fail = (problem: string): never => {
		throw inputError(node, at, `'${label}' is not a valid splitter configuration`, `${problem}.`);
	};
	const placeholders = Object.keys(config).filter((key) => !RESERVED_KEYS.includes(key));
	for (const key of placeholders) {
		if (!key.trim()) fail('A placeholder key is empty');
		if (!isObject(config[key]) && !(partial && config[key] === null)) {
			fail(
				`The value of placeholder "${key}" must be an object of generation settings, e.g. {"voiceId": "…"}`,
			);
		}
	}
	const { splitterMarks: marks, lookupTable, fallbackConfig: fallback } = config;
	const present = (value: unknown) => value !== undefined && !(partial && value === null);
	if (
		present(marks) &&
		(!Array.isArray(marks) ||
			!marks.every((mark) => typeof mark === 'string' && [...mark].length === 2))
	) {
		fail('"splitterMarks" must be an array of two-character strings such as "<>" or "[]"');
	}
	if (present(lookupTable)) checkLookupTable(fail, lookupTable);
	if (present(fallback) && (!isObject(fallback) || typeof fallback.voiceId !== 'string')) {
		fail('"fallbackConfig" must be an object with a "voiceId" string');
	}
	if (!partial && !placeholders.length && fallback === undefined && marks === undefined) {
		fail('It needs at least one placeholder, a "fallbackConfig" or "splitterMarks"');
	}
}

/** A splitter name: not blank, at most 100 characters once trimmed (Vocu trims it too). */
export function checkSplitterName(node: INode, at: InputLocation, value: unknown): string {
	const name = String(value ?? '').trim();
	if (!name) throw inputError(node, at, "'Name' is empty", 'Enter a name for the splitter.');
	if (name.length > LIMITS.splitterNameMaxChars) {
		throw inputError(
			node,
			at,
			`'Name' is longer than ${LIMITS.splitterNameMaxChars} characters`,
			`It has ${name.length}. Shorten it; Vocu refuses longer names.`,
		);
	}
	return name;
}

export function locationOf(context: IExecuteSingleFunctions): InputLocation {
	return { itemIndex: context.getItemIndex() };
}

export const configDescription =
	'Placeholder rules as JSON. Each key other than splitterMarks, lookupTable and fallbackConfig is a placeholder such as "&lt;Anna&gt;", whose value holds the voice and settings used for the text after it, e.g. {"&lt;Anna&gt;": {"voiceId": "…", "speechRate": 1}}. Without fallbackConfig, text outside every placeholder is not spoken.';
