import type { IDataObject, IPollFunctions, WorkflowActivateMode } from 'n8n-workflow';

import { isFirstUse } from '../Vocu/shared/contextMemory';

/**
 * What the trigger remembers between polls lives in the workflow's static data (saved by n8n with the workflow),
 * one entry per event so switching the event starts that event afresh. A poll works on a copy and stores it
 * only when it succeeded: a poll that fails halfway leaves the memory as it was, and the next one redoes it.
 */
const STATE_VERSION = 1;

/** n8n activations that mean "the user turned the workflow on now": nothing from before is wanted. */
const FRESH_ACTIVATIONS: WorkflowActivateMode[] = ['activate', 'create'];

/**
 * n8n creates one poll context per activation and passes it to every poll of it. A server start ('init'), a
 * saved change ('update') or a new leader ('leadershipChange') continue from the memory, so nothing that finished
 * in between is lost; a fresh activation starts over from what exists at that moment.
 */
export function isFreshActivation(context: IPollFunctions): boolean {
	return isFirstUse(context) && FRESH_ACTIVATIONS.includes(context.getActivationMode());
}

/** The stored memory of `key`, copied; undefined when there is none (or it is from another version). */
export function loadMemory<T extends IDataObject>(
	context: IPollFunctions,
	key: string,
): T | undefined {
	const stored = context.getWorkflowStaticData('node')[key] as IDataObject | undefined;
	if (!stored || stored.version !== STATE_VERSION) return undefined;
	return JSON.parse(JSON.stringify(stored)) as T;
}

export function storeMemory(context: IPollFunctions, key: string, memory: IDataObject): void {
	context.getWorkflowStaticData('node')[key] = { ...memory, version: STATE_VERSION };
}
