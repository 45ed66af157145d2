import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook, PreSendHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { recallForItem, rememberForItem } from '../../shared/contextMemory';
import { styleField } from '../../shared/fields/common';
import { voiceLocator } from '../../shared/fields/locators';
import { voiceOf, readCurrentVoice, requireStyle, styleIdParameter } from './current';
import { stylesOf, withoutDeletedStyles, type Style as VoiceStyle } from './common';

/** Reads the voice first: Vocu gives the old default style a new, unpredictable ID, found by comparing. */
export const rememberStylesBefore: PreSendHook = async function (requestOptions) {
	const voice = await readCurrentVoice(this);
	requireStyle(this.getNode(), this.getItemIndex(), voice, styleIdParameter(this));
	rememberForItem(this, stylesOf(voice));
	return requestOptions;
};

/** The former default after the swap: the one new ID, else the style with its audio or (last) its name. */
function findFormerDefault(before: VoiceStyle[], after: VoiceStyle[]): VoiceStyle | undefined {
	const oldDefault = before.find((style) => style.id === 'default');
	const knownIds = new Set(before.map((style) => style.id));
	const candidates = after.filter(
		(style) => style.id !== 'default' && !knownIds.has(style.id) && !style.deleted,
	);
	if (candidates.length === 1) return candidates[0];
	const sameAudio = candidates.find(
		(style) =>
			oldDefault?.promptOriginAudioStorageUrl &&
			style.promptOriginAudioStorageUrl === oldDefault.promptOriginAudioStorageUrl,
	);
	return (
		sameAudio ?? candidates.find((style) => oldDefault?.name && style.name === oldDefault.name)
	);
}

/**
 * The voice, plus what happened to the style IDs: the promoted style is now `default`
 * (`promotedStyleId` was its ID), and the former default has a new ID (`previousDefaultStyleId`, null when Vocu's
 * answer does not list it). `styleIdChanges` lists both moves for updating stored IDs.
 */
export const reportStyleIdSwap: PostReceiveHook = async function (_items, response) {
	const voice = voiceOf(response);
	const promotedStyleId = styleIdParameter(this);
	const before = recallForItem<VoiceStyle[]>(this) ?? [];
	const output = withoutDeletedStyles(voice);
	if (promotedStyleId === 'default') {
		return [
			{
				json: {
					...output,
					changed: false,
					promotedStyleId,
					previousDefaultStyleId: 'default',
					styleIdChanges: [],
				},
			},
		];
	}
	const formerDefault = findFormerDefault(before, stylesOf(voice));
	const oldDefaultName = before.find((style) => style.id === 'default')?.name;
	const promotedName = before.find((style) => style.id === promotedStyleId)?.name;
	const styleIdChanges: IDataObject[] = [
		{ name: promotedName ?? null, before: promotedStyleId, after: 'default' },
		{
			name: formerDefault?.name ?? oldDefaultName ?? null,
			before: 'default',
			after: formerDefault?.id ?? null,
		},
	];
	return [
		{
			json: {
				...output,
				changed: true,
				promotedStyleId,
				previousDefaultStyleId: formerDefault?.id ?? null,
				styleIdChanges,
			},
		},
	];
};

export const setDefaultStyle: VocuOperation = operation({
	name: 'Set Default Style',
	action: 'Set default style of voice',
	description:
		'Make a style the default of one of your voices. Vocu swaps IDs: the chosen style becomes "default" and the former default gets a new ID (output previousDefaultStyleId).',
	method: 'POST',
	path: API_PATHS.voiceStyleDefault,
	preSend: [rememberStylesBefore],
	postReceive: [reportStyleIdSwap],
	fields: [
		voiceLocator({
			description: 'The voice the style belongs to (only voices you created yourself)',
		}),
		styleField({
			default: '',
			required: true,
			description:
				'The style to make the default. Its ID becomes "default"; update stored style IDs from the output. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	],
});
