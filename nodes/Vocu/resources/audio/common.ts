import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
} from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { downloadAudio, isHttpUrl, outputPropertyName } from '../../shared/audio';
import { contentBlock, type ContentType } from '../../shared/contentBlocks';
import { optionsCollection } from '../../shared/fields/common';
import { wantsAudioDownload } from '../../shared/toolResults';
import { requireText } from '../../shared/validation';
import { fileNameOption } from '../task/common';
import { completeTask, waitForCompletionFields, waitSettings } from '../task/waitForCompletion';

/** The fields every Audio operation ends with. */
export const audioTaskFields: INodeProperties[] = [
	...waitForCompletionFields,
	optionsCollection([fileNameOption]),
];

/** The description of the sound, music or scene to make (Vocu's `text`). */
export function promptField(displayName: string, placeholder: string): INodeProperties {
	return {
		displayName,
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder,
		description: `${displayName} of the audio to make, in words (sent as Vocu's text)`,
	};
}

/** The prompt, checked. */
export function promptText(context: IExecuteSingleFunctions): string {
	return requireText(
		context.getNode(),
		{ itemIndex: context.getItemIndex() },
		context.getNodeParameter('text', ''),
	);
}

/**
 * A preSend that submits one content block of `type` as a task (`{ contents: [block] }`, only the type's keys),
 * from the fields `build` reads; wait and output settings are checked before anything is sent.
 */
export function sendAudioTask(
	type: ContentType,
	build: (context: IExecuteSingleFunctions, baseUrl?: string) => Promise<IDataObject>,
): PreSendHook {
	return async function (requestOptions) {
		const baseUrl = typeof requestOptions.baseURL === 'string' ? requestOptions.baseURL : undefined;
		if (this.getNodeParameter('waitForCompletion', true) as boolean) {
			waitSettings(this);
			if (wantsAudioDownload(this, true)) outputPropertyName(this);
		}
		const block = contentBlock(type, await build(this, baseUrl));
		requestOptions.body = { contents: [block] };
		return requestOptions;
	};
}

/** Keys of a content block that hold what the user sent in, not what Vocu produced. */
const INPUT_KEYS = ['input_audio', 'music_reference_audio', 'music_src_audio', 'sfx_image'];

/**
 * Every audio file a finished task names, by output field: the merged file (or the single block's `audio`) in
 * `name`, each other audio URL of a block in `name_<key>` (a separation's vocals and accompaniment, whatever
 * Vocu calls them; one level of nesting is read too), a further block's `audio` in `name_segment<n>`.
 */
export function producedAudio(task: IDataObject, name: string): Array<[string, string]> {
	const metadata = (task.metadata ?? {}) as IDataObject;
	const contents = (Array.isArray(metadata.contents) ? metadata.contents : []) as IDataObject[];
	const found: Array<[string, string]> = [];
	const add = (field: string, url: unknown) => {
		if (isHttpUrl(url) && !found.some(([, known]) => known === url)) found.push([field, url]);
	};
	add(name, metadata.audio);
	contents.forEach((block, index) => {
		// Named files first (a separation's `stems.vocals`), so a block `audio` repeating one is not kept twice.
		for (const [key, value] of Object.entries(block ?? {})) {
			if (INPUT_KEYS.includes(key) || key === 'audio') continue;
			if (value && typeof value === 'object' && !Array.isArray(value))
				for (const [inner, url] of Object.entries(value as IDataObject))
					add(`${name}_${inner}`, url);
			else add(`${name}_${key}`, value);
		}
		add(found.length ? `${name}_segment${index + 1}` : name, block?.audio);
	});
	return found;
}

/** Downloads every produced audio file of a generated task into its binary field. */
async function producedBinary(
	context: IExecuteSingleFunctions,
	task: IDataObject,
): Promise<IBinaryKeyData> {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const name = outputPropertyName(context);
	const binary: IBinaryKeyData = {};
	const files = producedAudio(task, name);
	// None found: downloadAudio says plainly that Vocu named no audio URL.
	for (const [field, url] of files.length ? files : [[name, undefined] as const]) {
		binary[field] = await downloadAudio(context, url, {
			label: `Task ${String(task.id)} audio`,
			fileName: field === name ? (options.fileName as string | undefined) : undefined,
			chargedId: String(task.id),
			hint: `The task is generated; get its audio again later with Task → Get (ID ${String(task.id)}).`,
		});
	}
	return binary;
}

/** A generated task with every audio file it produced as binary (unless Download Audio is off). */
export const completeAudioTask: PostReceiveHook = completeTask(async (context, task) =>
	wantsAudioDownload(context, true)
		? { json: task, binary: await producedBinary(context, task) }
		: { json: task },
);
