import type { IDataObject } from 'n8n-workflow';

import { UNDOCUMENTED_KEYS } from '../contentBlocks';
import type { VocuFailure } from './index';

/**
 * Vocu answers TTS_CONTENTS_INVALID for any bad value inside a task's `contents`, without saying which. The
 * error names the item and the segments that carry values only Vocu checks (the node checks the rest first).
 */
export function locateContentsFault(
	failure: VocuFailure,
	body: unknown,
	itemIndex: number,
): VocuFailure {
	const contents = (body as IDataObject | undefined)?.contents;
	const suspects = (Array.isArray(contents) ? (contents as IDataObject[]) : []).flatMap(
		(block, index) => {
			const keys = Object.keys(block ?? {}).filter((key) => UNDOCUMENTED_KEYS.includes(key));
			return keys.length
				? [`segment ${index + 1} (${String(block.type)}: ${keys.join(', ')})`]
				: [];
		},
	);
	const where = suspects.length
		? `Segments with values only Vocu checks: ${suspects.join('; ')}. `
		: '';
	return {
		...failure,
		message: `${failure.message} [item ${itemIndex}]`,
		description: `${where}${failure.description}`,
	};
}
