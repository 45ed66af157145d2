import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';

/**
 * The node running as an AI agent tool. n8n-workflow 2.x contexts may have `isToolExecution()` (true only in the
 * supply-data path); in every n8n line the tool variant of a node has its own type, the node's type plus "Tool"
 * (`n8n-nodes-vocu.vocuTool`), and the declarative routing runs with that node. Both are checked; a missing
 * method is never called.
 */
export function runsAsTool(context: { getNode(): INode }): boolean {
	const probe = context as { isToolExecution?: () => boolean };
	if (typeof probe.isToolExecution === 'function' && probe.isToolExecution() === true) return true;
	return /Tool$/.test(context.getNode().type);
}

/** " [item 3]" or " [item 3, segment 2]" at the end of a headline: a model cannot use item indexes. */
const ITEM_SUFFIX = / \[item \d+(?:, (segment \d+))?\]/;

/** An agent reads a few hundred characters; longer messages are cut at a word boundary. */
export const TOOL_MESSAGE_MAX = 400;

function sentence(text: string): string {
	const trimmed = text.trim();
	return !trimmed || /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max - 1);
	return `${head.slice(0, Math.max(head.lastIndexOf(' '), max / 2))}…`;
}

/**
 * The message an agent gets: the headline without the item index, then the fix (the first part of the
 * description) and Vocu's own code, short. The description keeps its full text for people reading the run.
 */
export function toolErrorMessage(message: string, description?: string | null): string {
	const headline = message.replace(ITEM_SUFFIX, (_match, segment?: string) =>
		segment ? ` (${segment})` : '',
	);
	const parts = (description ?? '').split(' · ').map((part) => part.trim());
	const fix = parts[0] && !parts[0].startsWith('Vocu says:') ? parts[0] : '';
	const vocuSays = parts.find((part) => part.startsWith('Vocu says:'));
	const code = parts.find((part) => part.startsWith('Code: '))?.slice('Code: '.length);
	const text = [
		sentence(headline),
		sentence(fix),
		vocuSays ? sentence(cut(vocuSays, 160)) : '',
		code ? `(Vocu code ${code})` : '',
	]
		.filter(Boolean)
		.join(' ');
	return cut(text, TOOL_MESSAGE_MAX);
}

interface DescribedError {
	message: string;
	description?: string | null;
}

function isDescribedError(error: unknown): error is DescribedError {
	return error instanceof Error;
}

/** Rewrites an error's message for an agent when the node runs as a tool; other runs keep it as it is. */
export function shapeErrorForTool(context: IExecuteSingleFunctions, error: unknown): unknown {
	if (!isDescribedError(error) || !runsAsTool(context)) return error;
	const shaped = error as DescribedError & { toolShaped?: boolean };
	if (shaped.toolShaped) return error;
	shaped.message = toolErrorMessage(shaped.message, shaped.description);
	Object.defineProperty(shaped, 'toolShaped', { value: true, enumerable: false });
	return error;
}
