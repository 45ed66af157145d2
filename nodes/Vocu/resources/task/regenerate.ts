import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { taskToolOutput } from '../../shared/toolResults';
import { vocuRequest } from '../../shared/transport/request';
import { taskIdField } from './common';

/** What a segment was made from; results such as `audio` and `generatedAt` are left behind. */
const SEGMENT_INPUT_KEYS = [
	'voiceId',
	'text',
	'promptId',
	'preset',
	'break_clone',
	'language',
	'vivid',
	'emo_switch',
	'speechRate',
	'flash',
	'stream',
	'seed',
	'type',
	'input_audio',
	'vc_mode',
	'high_quality',
];

function segmentInput(segment: IDataObject): IDataObject {
	const present = SEGMENT_INPUT_KEYS.filter((key) => segment[key] !== undefined);
	return Object.fromEntries(present.map((key) => [key, segment[key]]));
}

/**
 * Vocu's own regenerate route is undocumented (README "Built from partial documentation"): the task read by this operation's request is
 * submitted again as a new task with the same segments and subtitles setting. Charged like a new task.
 */
export const regenerateTask: PostReceiveHook = async function (_items, response) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const task = ((response.body as IDataObject).data ?? {}) as IDataObject;
	const metadata = (task.metadata ?? {}) as IDataObject;
	if (task.status === 'pending' || task.status === 'processing') {
		throw new NodeOperationError(node, `Task ${String(task.id)} is still ${String(task.status)}`, {
			description: 'Wait until it is generated or failed, then regenerate it.',
			itemIndex,
		});
	}
	const contents = (Array.isArray(metadata.contents) ? metadata.contents : []).map((segment) =>
		segmentInput(segment as IDataObject),
	);
	const incomplete = contents.findIndex(
		(segment) => !segment.voiceId || typeof segment.text !== 'string',
	);
	if (!contents.length || incomplete !== -1) {
		throw new NodeOperationError(node, `Task ${String(task.id)} cannot be regenerated`, {
			description: contents.length
				? `Segment ${incomplete + 1} has no voice ID or text in Vocu's copy of the task. Create a new task instead.`
				: "Vocu's copy of the task has no segments. Create a new task instead.",
			itemIndex,
		});
	}
	const created = await vocuRequest<{ data?: IDataObject }>(this, {
		method: 'POST',
		path: API_PATHS.tasks,
		body: { contents, srt: metadata.srt === true },
		operationKey: 'task.create',
	});
	return [{ json: { ...(created.data ?? {}), regeneratedFrom: task.id } }];
};

export const regenerate: VocuOperation = operation({
	name: 'Regenerate',
	action: 'Regenerate generation task',
	description:
		'Submit the segments of an existing task again as a new task (charged again). Returns the new task.',
	method: 'GET',
	path: API_PATHS.task,
	postReceive: [regenerateTask],
	toolOutput: taskToolOutput,
	fields: [taskIdField],
});
