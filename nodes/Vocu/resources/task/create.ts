import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { PreSendHook } from '../../shared/routing/hooks';
import { outputPropertyName } from '../../shared/audio';
import { operation, type OperationSpec, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { taskToolOutput } from '../../shared/toolResults';
import {
	optionsCollection,
	segmentsCollection,
	segmentVoiceIdField,
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
import { inputError, type InputLocation, requireId, requireText } from '../../shared/validation';
import { downloadFields, downloadSegmentsOption, fileNameOption } from './common';
import { splitLongSegment, splitLongTextOptions } from './splitText';
import { completeCreatedTask, waitSettings } from './waitForCompletion';

const textField = speakTextField();

const segmentsField = segmentsCollection(
	'The parts of the task in speaking order; each can use its own voice, style and options',
	[
		segmentVoiceIdField('ID of the voice for this segment (Voice → Get Many lists them)'),
		{
			displayName: 'Style ID',
			name: 'styleId',
			type: 'string',
			default: 'default',
			description: 'ID of the voice style to use; "default" is the voice\'s own style',
		},
		textField,
		generationOptionsField(SEGMENT_PARAMETERS),
	],
);

function segmentBody(node: INode, at: InputLocation, segment: IDataObject): IDataObject {
	return {
		voiceId: requireId(node, at, 'Voice ID', segment.voiceId),
		text: requireText(node, at, segment.text),
		promptId: String(segment.styleId ?? '').trim() || 'default',
		...generationParameters(node, at, (segment.generationOptions ?? {}) as IDataObject),
	};
}

/** Builds and checks `{ contents, srt }`: generation parameters per segment, subtitles per task (§5.2). */
export const sendTaskContents: PreSendHook = async function (requestOptions) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	let contents: IDataObject[];
	if (this.getNodeParameter('contentMode', 'single') === 'multiple') {
		const segments = ((this.getNodeParameter('segments', {}) as IDataObject).segment ??
			[]) as IDataObject[];
		if (!segments.length) {
			throw inputError(
				node,
				{ itemIndex },
				'No segments',
				"Add at least one segment under 'Segments'.",
			);
		}
		contents = segments.map((segment, index) =>
			segmentBody(node, { itemIndex, segment: index + 1 }, segment),
		);
	} else {
		contents = [
			segmentBody(
				node,
				{ itemIndex },
				{
					voiceId: this.getNodeParameter('voiceId', '', { extractValue: true }),
					styleId: this.getNodeParameter('styleId', 'default'),
					text: this.getNodeParameter('text', ''),
					generationOptions: this.getNodeParameter('generationOptions', {}),
				},
			),
		];
		contents = splitLongSegment(contents[0], this.getNodeParameter('options', {}) as IDataObject);
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const { srt } = generationParameters(
		node,
		{ itemIndex },
		options.srt === undefined ? {} : { srt: options.srt },
	);
	if (srt === true && contents.some((segment) => segment.flash === true)) {
		throw inputError(
			node,
			{ itemIndex },
			'Subtitles cannot be combined with Flash Mode',
			'Turn off Subtitles, or Flash Mode in every segment.',
		);
	}
	if (this.getNodeParameter('waitForCompletion', true) as boolean) {
		waitSettings(this);
		if (this.getNodeParameter('downloadAudio', true) as boolean) outputPropertyName(this);
	}
	requestOptions.body = { contents, ...(srt === undefined ? {} : { srt }) };
	return requestOptions;
};

const createSpec: OperationSpec = {
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
};

const single = { contentMode: ['single'] };
const waiting = { waitForCompletion: [true] };

const createFields: INodeProperties[] = [
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
	generationOptionsField(SEGMENT_PARAMETERS, { displayOptions: { show: single } }),
	{ ...segmentsField, displayOptions: { show: { contentMode: ['multiple'] } } },
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		description:
			'Whether to wait until Vocu has generated the audio. Off returns the new task at once; use Task → Get later.',
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 600 },
		default: 5,
		description: 'How long to wait between status checks',
		displayOptions: { show: waiting },
	},
	{
		displayName: 'Max Wait (Seconds)',
		name: 'maxWait',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 86400 },
		default: 300,
		description:
			'How long to wait in total. A task still running then is returned with its ID and status (marked waitTimedOut), not submitted again.',
		displayOptions: { show: waiting },
	},
	...downloadFields(true, waiting),
	optionsCollection([
		downloadSegmentsOption,
		fileNameOption,
		...splitLongTextOptions,
		generationOptionField('srt'),
	]),
];

export const create: VocuOperation = operation({ ...createSpec, fields: createFields });
