import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { API_PATHS, FAILED_VOICE_STATUSES, fillPath, USABLE_VOICE_STATUSES } from '../../shared/constants';
import { vocuRequest, type VocuContext } from '../../shared/transport/request';

/** ready: usable for generation · failed: never will be · needsAction: waits for the user · inProgress: poll on */
export type VoiceState = 'ready' | 'failed' | 'needsAction' | 'inProgress';

export function voiceState(voice: IDataObject, envelope?: IDataObject): VoiceState {
	const status = String(voice.status ?? '');
	if (USABLE_VOICE_STATUSES.includes(status)) return 'ready';
	if (FAILED_VOICE_STATUSES.includes(status)) return 'failed';
	// Professional-clone training resumes only after voiceprint verification in the Vocu app: polling cannot help.
	const needsVerification = voice.needPollingVerify === true || envelope?.needPollingVerify === true;
	if (status === 'lora-awaiting' && needsVerification) return 'needsAction';
	return 'inProgress';
}

export interface ReadinessWait {
	pollIntervalMs: number;
	maxWaitMs: number;
}

export interface ReadinessResult {
	voice: IDataObject;
	state: VoiceState;
}

/** Rate limits, server errors and network failures while polling are retried at the next poll. */
function isTransient(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return !(error instanceof NodeOperationError);
	const status = Number(error.httpCode);
	return !Number.isInteger(status) || status === 429 || status >= 500;
}

async function readVoice(context: VocuContext, voiceId: string): Promise<ReadinessResult | undefined> {
	try {
		const body = await vocuRequest<IDataObject>(context, {
			method: 'GET',
			path: fillPath(API_PATHS.voice, { voiceId }),
			operationKey: 'voice.get',
		});
		const voice = (body.data && typeof body.data === 'object' ? body.data : {}) as IDataObject;
		return { voice, state: voiceState(voice, body) };
	} catch (error) {
		if (isTransient(error)) return undefined;
		// The voice exists (and may be billed); its ID must not get lost with the error.
		const failure = error as NodeApiError | NodeOperationError;
		const keepId = `The voice was created with ID ${voiceId}; check it with Voice → Get.`;
		throw new NodeOperationError(context.getNode(), failure.message, {
			description: failure.description ? `${failure.description} · ${keepId}` : keepId,
			itemIndex: 'getItemIndex' in context ? context.getItemIndex() : undefined,
		});
	}
}

/**
 * Polls `GET /api/voice/{id}` until the voice is usable, has failed or needs the user, or `maxWaitMs` is spent.
 * On timeout the voice is returned in its last known state, never dropped.
 */
export async function waitUntilVoiceReady(
	context: VocuContext,
	voice: IDataObject,
	wait: ReadinessWait,
	envelope?: IDataObject,
): Promise<ReadinessResult> {
	let result: ReadinessResult = { voice, state: voiceState(voice, envelope) };
	const voiceId = typeof voice.id === 'string' ? voice.id : '';
	if (!voiceId) return result;
	const deadline = Date.now() + wait.maxWaitMs;
	while (result.state === 'inProgress') {
		const remaining = deadline - Date.now();
		if (remaining <= 0) break;
		await sleep(Math.min(wait.pollIntervalMs, remaining));
		result = (await readVoice(context, voiceId)) ?? result;
	}
	return result;
}

interface WaitOptions {
	waitUntilReady?: boolean;
	pollInterval?: number;
	maxWait?: number;
}

export const DEFAULT_POLL_INTERVAL_SECONDS = 5;
export const DEFAULT_MAX_WAIT_SECONDS = 300;

const FAILURE_ADVICE: Record<string, string> = {
	failed: 'Vocu could not clone the voice from the sample. Delete it and create it again with a clearer sample of at least 3 seconds of speech.',
	'lora-failed':
		'Professional-clone training failed. Check the training archive, then delete the voice and create it again, or contact Vocu support.',
	'lora-need-reupload':
		'Vocu needs the training samples again. Upload a new archive (File → Upload Training Archive) and create the voice with its upload ID.',
};

/**
 * Voice → Create with Options → Wait Until Ready: waits for the new voice to become usable. A failed voice is an
 * error naming the voice ID; a voice still in progress at the deadline is output with `ready: false`.
 */
export async function waitForVoiceIfAsked(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', {}) as WaitOptions;
	if (!options.waitUntilReady) return items;
	const wait: ReadinessWait = {
		pollIntervalMs: Math.max(1, options.pollInterval ?? DEFAULT_POLL_INTERVAL_SECONDS) * 1000,
		maxWaitMs: Math.max(0, options.maxWait ?? DEFAULT_MAX_WAIT_SECONDS) * 1000,
	};
	const envelope = (response.body ?? {}) as IDataObject;
	const output: INodeExecutionData[] = [];
	for (const item of items) {
		const { voice, state } = await waitUntilVoiceReady(this, item.json, wait, envelope);
		if (state === 'failed') {
			const itemIndex = this.getItemIndex();
			const status = String(voice.status);
			throw new NodeOperationError(
				this.getNode(),
				`Voice "${String(voice.name ?? '')}" could not be created: status ${status} (item ${itemIndex})`,
				{
					description: `${FAILURE_ADVICE[status] ?? FAILURE_ADVICE.failed} Voice ID: ${String(voice.id)}.`,
					itemIndex,
				},
			);
		}
		output.push({ ...item, json: { ...voice, ready: state === 'ready' } });
	}
	return output;
}
