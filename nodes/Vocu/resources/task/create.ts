import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { outputPropertyName } from '../../shared/audio';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { taskToolOutput } from '../../shared/toolResults';
import {
	optionsCollection,
	speakTextField,
	styleField,
	VOICE_TO_SPEAK_WITH,
} from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import {
	generationOptionField,
	generationOptionsField,
	SEGMENT_PARAMETERS,
} from '../../shared/fields/generationOptions';
import { generationParameters } from '../../shared/generationParameters';
import { generationModeField, subtitlesRefused } from '../../shared/generationMode';
import { inputError } from '../../shared/validation';
import { onGenerationPath, segmentBlock, segmentsField } from './segments';
import { downloadSegmentsOption, fileNameOption } from './common';
import { splitLongSegment, splitLongTextOptions } from './splitText';
import { completeCreatedTask, waitForCompletionFields, waitSettings } from './waitForCompletion';

const textField = speakTextField();

/** The single segment of Single Segment mode: voice, style, text, mode and options from the top-level fields. */
function singleSegment(context: IExecuteSingleFunctions): IDataObject {
	return {
		segmentType: 'text',
		voiceId: context.getNodeParameter('voiceId', '', { extractValue: true }),
		styleId: context.getNodeParameter('styleId', 'default'),
		text: context.getNodeParameter('text', ''),
		generationMode: context.getNodeParameter('generationMode', 'auto'),
		generationOptions: context.getNodeParameter('generationOptions', {}),
	};
}

function inputSegments(context: IExecuteSingleFunctions): IDataObject[] {
	if (context.getNodeParameter('contentMode', 'single') !== 'multiple')
		return [singleSegment(context)];
	const segments = ((context.getNodeParameter('segments', {}) as IDataObject).segment ??
		[]) as IDataObject[];
	if (!segments.length) {
		throw inputError(
			context.getNode(),
			{ itemIndex: context.getItemIndex() },
			'No segments',
			"Add at least one segment under 'Segments'.",
		);
	}
	return segments;
}

/**
 * Builds and checks `{ contents, srt }`: one content block per segment (its type's keys only), subtitles per task
 * (§5.2), refused when a segment speaks on the controllable path, where Vocu makes none.
 */
export const sendTaskContents: PreSendHook = async function (requestOptions) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const multiple = this.getNodeParameter('contentMode', 'single') === 'multiple';
	const baseUrl = typeof requestOptions.baseURL === 'string' ? requestOptions.baseURL : undefined;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const { srt } = generationParameters(
		node,
		{ itemIndex },
		options.srt === undefined ? {} : { srt: options.srt },
	);
	const at = (index: number) => (multiple ? { itemIndex, segment: index + 1 } : { itemIndex });
	const built = inputSegments(this).map((segment, index) => segmentBlock(this, at(index), segment));
	const blocks: IDataObject[] = [];
	for (const [index, segment] of built.entries()) {
		const { block, controllable } = await onGenerationPath(this, at(index), segment, baseUrl);
		if (srt === true && controllable) {
			throw subtitlesRefused(node, at(index));
		}
		blocks.push(block);
	}
	const contents = multiple ? blocks : splitLongSegment(blocks[0], options);
	if (this.getNodeParameter('waitForCompletion', true) as boolean) {
		waitSettings(this);
		if (this.getNodeParameter('downloadAudio', true) as boolean) outputPropertyName(this);
	}
	requestOptions.body = { contents, ...(srt === undefined ? {} : { srt }) };
	return requestOptions;
};

const single = { contentMode: ['single'] };

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create generation task',
	description:
		'Submit text for asynchronous generation (spends credits per character; long texts suit it better than Speech). Returns the task ID and status; with Wait for Completion, the audio URL once generated',
	method: 'POST',
	path: API_PATHS.tasks,
	// Creating a task spends credits: a POST without an answer is reported as "may have run", never resent.
	preSend: [sendTaskContents],
	postReceive: [completeCreatedTask],
	toolOutput: taskToolOutput,
	fields: [
		{
			displayName: 'Segments',
			name: 'contentMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Multiple Segments',
					value: 'multiple',
					description: 'Several segments, each with its own voice, in one task per input item',
				},
				{
					name: 'Single Segment',
					value: 'single',
					description: 'One voice and text per input item (one task per item)',
				},
			],
			default: 'single',
		},
		voiceLocator({ description: VOICE_TO_SPEAK_WITH, displayOptions: { show: single } }),
		styleField({ displayOptions: { show: single } }),
		{ ...textField, displayOptions: { show: single } },
		generationModeField({ displayOptions: { show: single } }),
		generationOptionsField(SEGMENT_PARAMETERS, { displayOptions: { show: single } }),
		{ ...segmentsField(textField), displayOptions: { show: { contentMode: ['multiple'] } } },
		...waitForCompletionFields,
		optionsCollection([
			downloadSegmentsOption,
			fileNameOption,
			...splitLongTextOptions,
			generationOptionField('srt'),
		]),
	],
});
