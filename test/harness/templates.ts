/** The node's segments parameter (Template → Create, Update) for a body's `contents`. */
export function segmentsOf(contents: Array<{ voiceId: string; text: string }>) {
	return { segment: contents.map(({ voiceId, text }) => ({ voiceId, text })) };
}
