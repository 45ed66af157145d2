import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { outputPropertyName } from '../../shared/audio';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { taskToolOutput } from '../../shared/toolResults';
import { generationOptionField } from '../../shared/fields/generationOptions';
import { generationParameters } from '../../shared/generationParameters';
import { generationModeField, isControllable, subtitlesRefused } from '../../shared/generationMode';
import { segmentVoiceIdField } from '../../shared/fields/common';
import { splitterLocator } from '../splitter/common';
import { downloadSegmentsOption, fileNameOption } from './common';
import { inlineSplitter, type MappingEntry, requireScript, requireSplitterId } from './script';
import { completeCreatedTask, waitForCompletionFields, waitSettings } from './waitForCompletion';

/**
 * Builds `{ text, splitter }` (inline rules from Voice Mapping) or `{ text, splitterId }` (a saved splitter), never
 * with `contents`: Vocu refuses mixed shapes. Everything is checked before the request, which spends credits.
 */
export const sendScript: PreSendHook = async function (requestOptions) {
	const node = this.getNode();
	const at = { itemIndex: this.getItemIndex() };
	const text = requireScript(node, at, this.getNodeParameter('script', ''));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const body: IDataObject = { text };
	if (this.getNodeParameter('rules', 'mapping') === 'splitter') {
		body.splitterId = requireSplitterId(
			node,
			at,
			this.getNodeParameter('splitterId', '', { extractValue: true }),
		);
	} else {
		const entries = ((this.getNodeParameter('voiceMapping', {}) as IDataObject).voice ??
			[]) as MappingEntry[];
		const fallback = String(options.fallbackVoiceId ?? '').trim();
		body.splitter = inlineSplitter(node, at, text, entries, fallback);
	}
	if (options.srt !== undefined)
		body.srt = generationParameters(node, at, { srt: options.srt }).srt;
	if (body.splitter) {
		const baseUrl = typeof requestOptions.baseURL === 'string' ? requestOptions.baseURL : undefined;
		const entries = ((this.getNodeParameter('voiceMapping', {}) as IDataObject).voice ??
			[]) as MappingEntry[];
		await applyMappingModes(
			this,
			body.splitter as IDataObject,
			entries,
			body.srt === true,
			baseUrl,
		);
	}
	if (this.getNodeParameter('waitForCompletion', true) as boolean) {
		waitSettings(this);
		if (this.getNodeParameter('downloadAudio', true) as boolean) outputPropertyName(this);
	}
	requestOptions.body = body;
	return requestOptions;
};

/**
 * Generation Mode per mapping row (and Auto for the fallback voice): a controllable voice gets `instruct_mode`
 * (and its Reference Emphasis) in its placeholder's settings; subtitles are refused then.
 */
async function applyMappingModes(
	context: IExecuteSingleFunctions,
	config: IDataObject,
	entries: MappingEntry[],
	srt: boolean,
	baseUrl?: string,
): Promise<void> {
	const at = { itemIndex: context.getItemIndex() };
	const rows: Array<[string, IDataObject]> = entries.map((entry) => [
		String(entry.placeholder ?? '').trim(),
		entry,
	]);
	if (config.fallbackConfig) rows.push(['fallbackConfig', {}]);
	for (const [key, entry] of rows) {
		const settings = config[key] as IDataObject;
		const mode = entry.generationMode ?? 'auto';
		if (!(await isControllable(context, mode, String(settings.voiceId), baseUrl))) continue;
		if (srt) throw subtitlesRefused(context.getNode(), at, ` (${key} speaks on that path)`);
		settings.instruct_mode = true;
		if (entry.referenceMode) settings.reference_mode = String(entry.referenceMode);
	}
}

const mapping = { rules: ['mapping'] };

const voiceMappingField: INodeProperties = {
	displayName: 'Voice Mapping',
	name: 'voiceMapping',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Placeholder',
	default: {},
	description: 'Which voice speaks the text after each placeholder of the script',
	displayOptions: { show: mapping },
	options: [
		{
			displayName: 'Placeholder',
			name: 'voice',
			values: [
				{
					displayName: 'Placeholder',
					name: 'placeholder',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. <Anna>',
					description: 'The marker exactly as written in the script',
				},
				segmentVoiceIdField(
					'ID of the voice that speaks after this placeholder (Voice → Get Many lists them)',
				),
				{
					displayName: 'Style ID',
					name: 'styleId',
					type: 'string',
					default: 'default',
					description: 'ID of the voice style to use; "default" is the voice\'s own style',
				},
				{ ...generationOptionField('speechRate') },
				generationModeField(),
				{ ...generationOptionField('referenceMode') },
			],
		},
	],
};

export const createFromScript: VocuOperation = operation({
	name: 'Create from Script',
	action: 'Create generation task from multi-voice script',
	description:
		'Submit one script with placeholders such as &lt;Anna&gt; and &lt;Ben&gt; as one task: a saved splitter or a voice mapping says who speaks after each placeholder',
	method: 'POST',
	path: API_PATHS.tasks,
	// Creating a task spends credits: a POST without an answer is reported as "may have run", never resent.
	preSend: [sendScript],
	postReceive: [completeCreatedTask],
	toolOutput: taskToolOutput,
	fields: [
		{
			displayName: 'Script',
			name: 'script',
			type: 'string',
			typeOptions: { rows: 6 },
			default: '',
			required: true,
			placeholder:
				'e.g. <Anna> Hello there, the weather is really nice today! <Ben> Yes, it is perfect for going out!',
			description:
				'The text to speak, with a placeholder before each part. Each placeholder stays in force until the next one; text outside every placeholder is not spoken unless a Fallback Voice ID is set.',
		},
		{
			displayName: 'Rules',
			name: 'rules',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Saved Splitter',
					value: 'splitter',
					description: 'Rules saved with Splitter → Create',
				},
				{
					name: 'Voice Mapping',
					value: 'mapping',
					description: 'Map each placeholder to a voice here',
				},
			],
			default: 'mapping',
		},
		splitterLocator({ displayOptions: { show: { rules: ['splitter'] } } }),
		voiceMappingField,
		...waitForCompletionFields,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				downloadSegmentsOption,
				{
					displayName: 'Fallback Voice ID',
					name: 'fallbackVoiceId',
					type: 'string',
					default: '',
					displayOptions: { show: { '/rules': ['mapping'] } },
					placeholder: 'e.g. 46cc9a76-acd7-4af7-a13a-f8b1408b1848',
					description:
						'Voice for text outside every placeholder (for example before the first one). Without it, Vocu skips that text.',
				},
				fileNameOption,
				generationOptionField('srt'),
			],
		},
	],
});
