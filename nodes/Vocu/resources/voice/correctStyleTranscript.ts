import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { unwrapData } from '../../shared/routing/output';
import { hideDeletedStyles, requireBodyText } from './common';

export const correctStyleTranscript: VocuOperation = operation({
	name: 'Correct Style Transcript',
	action: 'Correct voice style transcript',
	description:
		"Replace the text Vocu heard in a style's sample with what it really says; Vocu recomputes the speech rate. Outputs the voice.",
	method: 'POST',
	path: API_PATHS.voiceStyleTranscript,
	preSend: [requireBodyText('text', 'Transcript')],
	postReceive: [unwrapData, hideDeletedStyles],
	fields: [
		voiceLocator({
			description: 'The voice the style belongs to (only voices you created yourself)',
		}),
		styleField({ required: true }),
		{
			displayName: 'Transcript',
			name: 'transcript',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			placeholder: 'e.g. The weather is nice today. A good day to go out.',
			description:
				'Exactly what the style sample says. A mismatch hurts speech-rate estimation and quality. For v4.0 voices Vocu keeps the text only until it derives a transcript again.',
			routing: { send: { type: 'body', property: 'text' } },
		},
	],
});
