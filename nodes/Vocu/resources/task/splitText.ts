import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * Splits a long text into parts of at most `maxChars` characters for one multi-segment task (Vocu merges the
 * audio). Cuts fall after sentence ends (. ! ? … and the CJK 。！？；, with closing quotes or brackets kept with their
 * sentence) or line breaks; sentences are packed greedily. A sentence longer than `maxChars` is cut at its last
 * space or comma that fits, else exactly at the limit. No character other than whitespace at a cut is lost.
 */
export function splitText(text: string, maxChars: number): string[] {
	const limit = Math.max(1, Math.floor(maxChars));
	const parts: string[] = [];
	let current = '';
	for (const sentence of sentencesOf(text)) {
		for (const piece of sentence.length > limit ? hardSplit(sentence, limit) : [sentence]) {
			if (current && (current + piece).trimEnd().length > limit) {
				parts.push(current.trim());
				current = '';
			}
			current += piece;
		}
	}
	if (current.trim()) parts.push(current.trim());
	return parts.filter((part) => part.length > 0);
}

/** Sentence ends: a run of terminators plus closing marks, then whitespace (Latin) or directly (CJK), or line breaks. */
const SENTENCE = /[^]*?(?:[.!?…]+["'”’)\]»]*(?=\s|$)|[。！？；]+[”’」』）】》]*|\n+|$)\s*/gu;

function sentencesOf(text: string): string[] {
	const sentences: string[] = [];
	for (const match of text.matchAll(SENTENCE)) {
		if (match[0]) sentences.push(match[0]);
	}
	return sentences;
}

/** Cuts one over-long sentence: at the last space or comma inside the limit, else at the limit (never inside a surrogate pair). */
function hardSplit(sentence: string, limit: number): string[] {
	const pieces: string[] = [];
	let rest = sentence;
	while (rest.trimEnd().length > limit) {
		const window = rest.slice(0, limit);
		const soft = Math.max(
			window.lastIndexOf(' '),
			...[',', '，', '、', ';', ':'].map((mark) => window.lastIndexOf(mark)),
		);
		let cut = soft > limit / 2 ? soft + 1 : limit;
		if (cut === limit && /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut -= 1;
		pieces.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	if (rest) pieces.push(rest);
	return pieces;
}

/** Vocu publishes no per-segment limit; this default keeps segments well below what long-form clients send. */
export const DEFAULT_MAX_SEGMENT_CHARS = 1000;

const singleOnly = { '/contentMode': ['single'] };

export const splitLongTextOptions: INodeProperties[] = [
	{
		displayName: 'Max Characters per Segment',
		name: 'maxSegmentChars',
		type: 'number',
		typeOptions: { minValue: 20, numberPrecision: 0 },
		default: DEFAULT_MAX_SEGMENT_CHARS,
		description:
			'Longest segment when Split Long Text is on. Vocu does not publish its limit; lower this if Vocu refuses a segment as too long.',
		displayOptions: { show: singleOnly },
	},
	{
		displayName: 'Split Long Text',
		name: 'splitLongText',
		type: 'boolean',
		// On once added to Options: adding the option is how a person asks for it (the error messages say so).
		default: true,
		description:
			'Whether to split a long text at sentence boundaries into segments of at most Max Characters per Segment, all with the same voice and options: still one task, and Vocu merges the audio',
		displayOptions: { show: singleOnly },
	},
];

/** Task → Create, single segment with Split Long Text on: the segment once per part of its text. */
export function splitLongSegment(segment: IDataObject, options: IDataObject): IDataObject[] {
	if (options.splitLongText !== true || typeof segment.text !== 'string') return [segment];
	const max = Number(options.maxSegmentChars ?? DEFAULT_MAX_SEGMENT_CHARS);
	const limit = Number.isFinite(max) && max >= 1 ? max : DEFAULT_MAX_SEGMENT_CHARS;
	return splitText(segment.text, limit).map((text) => ({ ...segment, text }));
}
