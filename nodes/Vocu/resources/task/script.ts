import type { IDataObject, INode } from 'n8n-workflow';

import { LIMITS } from '../../shared/constants';
import {
	inputError,
	type InputLocation,
	numberInRange,
	requireId,
	UUID_PATTERN,
} from '../../shared/validation';
import { checkSplitterConfig, RESERVED_KEYS } from '../splitter/common';

const UUID = new RegExp(UUID_PATTERN);

/** One row of "Voice Mapping": the placeholder as written in the script, and who speaks after it. */
export interface MappingEntry extends IDataObject {
	placeholder?: string;
	voiceId?: string;
	styleId?: string;
	speechRate?: number;
	generationMode?: string;
	referenceMode?: string;
}

/** The script: required, not only whitespace. */
export function requireScript(node: INode, at: InputLocation, value: unknown): string {
	const text =
		typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) {
		throw inputError(
			node,
			at,
			"'Script' is empty",
			'Enter the script, e.g. "<Anna> Hello. <Ben> Hi, Anna."',
		);
	}
	return text;
}

/** A saved splitter's ID, sent in the body (not the path), so it is checked here. */
export function requireSplitterId(node: INode, at: InputLocation, value: unknown): string {
	const id = String(value ?? '').trim();
	if (!id)
		throw inputError(
			node,
			at,
			"'Splitter' is empty",
			"Choose a saved splitter, or switch 'Rules' to Voice Mapping.",
		);
	if (!UUID.test(id)) {
		throw inputError(
			node,
			at,
			"'Splitter' is not a splitter ID",
			`Got ${JSON.stringify(id.slice(0, 80))}. Splitter IDs are UUIDs (Splitter → Get Many lists them).`,
		);
	}
	return id;
}

function placeholderOf(
	node: INode,
	at: InputLocation,
	entry: MappingEntry,
	row: number,
	seen: Set<string>,
): string {
	const label = `Voice Mapping ${row}: Placeholder`;
	const placeholder = String(entry.placeholder ?? '').trim();
	if (!placeholder)
		throw inputError(
			node,
			at,
			`'${label}' is empty`,
			'Enter the placeholder as it appears in the script, e.g. <Anna>.',
		);
	if (RESERVED_KEYS.includes(placeholder)) {
		throw inputError(
			node,
			at,
			`'${label}' is a reserved name`,
			`${RESERVED_KEYS.join(', ')} have their own meaning in Vocu's rules; use another placeholder.`,
		);
	}
	if (seen.has(placeholder)) {
		throw inputError(
			node,
			at,
			`'${label}' repeats ${placeholder}`,
			'Each placeholder can be mapped to one voice only.',
		);
	}
	seen.add(placeholder);
	return placeholder;
}

/** The settings in force after one placeholder: voice, optional style (when not the default) and speech rate. */
function settingsOf(node: INode, at: InputLocation, entry: MappingEntry, row: number): IDataObject {
	const settings: IDataObject = {
		voiceId: requireId(node, at, `Voice Mapping ${row}: Voice ID`, entry.voiceId),
	};
	const styleId = String(entry.styleId ?? '').trim();
	if (styleId && styleId !== 'default') settings.promptId = styleId;
	if (
		entry.speechRate !== undefined &&
		entry.speechRate !== null &&
		String(entry.speechRate) !== ''
	) {
		settings.speechRate = numberInRange(
			node,
			at,
			`Voice Mapping ${row}: Duration Factor`,
			entry.speechRate,
			{
				min: LIMITS.speechRateMin,
				max: LIMITS.speechRateMax,
			},
		);
	}
	return settings;
}

/**
 * The inline splitter built from "Voice Mapping" (and the optional fallback voice), checked against Vocu's rules.
 * A script in which none of the placeholders appears, without a fallback voice, would speak nothing: refused.
 */
export function inlineSplitter(
	node: INode,
	at: InputLocation,
	script: string,
	entries: MappingEntry[],
	fallbackVoiceId: string,
): IDataObject {
	if (!entries.length) {
		throw inputError(
			node,
			at,
			"'Voice Mapping' is empty",
			'Add one row per placeholder of the script, e.g. <Anna> → a voice ID.',
		);
	}
	const seen = new Set<string>();
	const config: IDataObject = {};
	entries.forEach((entry, index) => {
		const placeholder = placeholderOf(node, at, entry, index + 1, seen);
		config[placeholder] = settingsOf(node, at, entry, index + 1);
	});
	if (fallbackVoiceId)
		config.fallbackConfig = { voiceId: requireId(node, at, 'Fallback Voice ID', fallbackVoiceId) };
	if (!fallbackVoiceId && ![...seen].some((placeholder) => script.includes(placeholder))) {
		throw inputError(
			node,
			at,
			"None of the placeholders appears in 'Script'",
			`Mapped: ${[...seen].join(', ')}. Write them into the script exactly like that (e.g. "<Anna> Hello."), or set a Fallback Voice ID; otherwise Vocu speaks nothing.`,
		);
	}
	checkSplitterConfig(node, at, 'Voice Mapping', config);
	return config;
}
