import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const UUID_BODY = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A UUID, as a regex source for n8n's field validation (template IDs). */
export const UUID_PATTERN = `^${UUID_BODY}$`;

/** A voice ID: a UUID, or market:<uuid> for a market voice; a regex source for n8n's field validation. */
export const VOICE_ID_PATTERN = `^(market:)?${UUID_BODY}$`;

export const VOICE_ID = new RegExp(VOICE_ID_PATTERN);

/**
 * What may stand in a URL path segment as a Vocu ID: UUIDs, `default` (a style), `market:<uuid>`, upload IDs.
 * Anything with a slash, space or `?` cannot be one.
 */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9:_.-]*$/;

/** Where a value came from, for error messages: the item and, in multi-segment tasks, the segment (1-based). */
export interface InputLocation {
	itemIndex: number;
	segment?: number;
}

function where(at: InputLocation): string {
	return at.segment === undefined
		? `item ${at.itemIndex}`
		: `item ${at.itemIndex}, segment ${at.segment}`;
}

/** The error for a value the user set that cannot be sent: the message names the item (and segment). */
export function inputError(node: INode, at: InputLocation, message: string, description: string) {
	return new NodeOperationError(node, `${message} [${where(at)}]`, {
		description,
		itemIndex: at.itemIndex,
	});
}

/** A number, or a numeric string; anything else is NaN. */
export function asNumber(value: unknown): number {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '') return Number(value);
	return NaN;
}

/** A boolean, or the text `true` / `false` an expression may give. */
export function asBoolean(node: INode, at: InputLocation, label: string, value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw inputError(node, at, `'${label}' must be true or false`, `Got ${JSON.stringify(value)}.`);
}

export interface NumberRange {
	min: number;
	max: number;
	integer?: boolean;
	/** What follows "Got …" in the error: why the range holds; by default, that Vocu would not take the value. */
	why?: string;
}

/** A number (or numeric text) from `range.min` to `range.max`, a whole number when `range.integer`. */
export function numberInRange(
	node: INode,
	at: InputLocation,
	label: string,
	value: unknown,
	range: NumberRange,
): number {
	const number = asNumber(value);
	const kind = range.integer ? 'a whole number' : 'a number';
	const valid = Number.isFinite(number) && (!range.integer || Number.isInteger(number));
	if (!valid || number < range.min || number > range.max) {
		throw inputError(
			node,
			at,
			`'${label}' must be ${kind} from ${range.min} to ${range.max}`,
			`Got ${JSON.stringify(value)}. ${range.why ?? 'Vocu ignores or rejects values outside this range, so nothing was sent.'}`,
		);
	}
	return number;
}

function asText(value: unknown): string {
	return typeof value === 'string'
		? value
		: value === undefined || value === null
			? ''
			: String(value);
}

/** The text to speak: required and not only whitespace. */
export function requireText(node: INode, at: InputLocation, value: unknown): string {
	const text = asText(value);
	if (!text.trim()) {
		throw inputError(
			node,
			at,
			"'Text' is empty",
			'Enter the text to speak, or check the expression that sets it.',
		);
	}
	return text;
}

/** A voice ID typed as text or set by an expression: required, trimmed, a UUID or market:<uuid>. */
export function requireId(node: INode, at: InputLocation, label: string, value: unknown): string {
	const id = asText(value).trim();
	if (!id) throw inputError(node, at, `'${label}' is empty`, `Enter the ${label.toLowerCase()}.`);
	if (!VOICE_ID.test(id)) {
		throw inputError(
			node,
			at,
			`'${label}' is not a voice ID`,
			`Got ${JSON.stringify(id.slice(0, 80))}. Use a voice UUID, or market:<uuid> for a market voice (Voice → Get Many lists them).`,
		);
	}
	return id;
}
