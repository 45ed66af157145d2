/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code: runs in Node, not inside n8n */
import type { IExecuteSingleFunctions, INodeParameters } from 'n8n-workflow';

import {
	accountConcurrency,
	accountKey,
	concurrencyFromAccountInfo,
	DEFAULT_ACCOUNT_CONCURRENCY,
	QUOTA_TTL_MS,
} from '../../nodes/Vocu/shared/transport/accountQuota';
import { runVocu, vocuCredentials } from '../harness/runNode';
import { TEST_API_KEY, useStubServer, type Reply, type StubServer } from '../harness/stubServer';
import { byId } from '../harness/locators';

const VOICE = '9f011950-f143-4eb7-abbb-90e0b66874ea';
const speech = (options: INodeParameters = {}): INodeParameters => ({
	resource: 'speech',
	operation: 'generate',
	generationMode: 'plain',
	voiceId: byId(VOICE),
	text: 'Hello there',
	downloadAudio: false,
	...(Object.keys(options).length ? { options } : {}),
});

/**
 * Plays an account that serves `limit` synchronous generations at once and answers 429 RATE_LIMIT_CONCURRENT to
 * one more. In flight = arrived and not yet answered: the test's own timer is set before the stub's (same delay),
 * and timers of the same delay fire in the order they were set, so it counts down just before the answer is sent.
 */
function accountAt(vocu: StubServer, limit: number) {
	const seen = { inFlight: 0, peak: 0, served: 0, rejected: 0 };
	vocu
		.on('POST', '/api/tts/simple-generate')
		.times(Infinity)
		.replyWith((): Reply => {
			if (seen.inFlight >= limit) {
				seen.rejected++;
				return {
					status: 429,
					json: { status: 429, code: 'RATE_LIMIT_CONCURRENT', message: 'busy' },
				};
			}
			seen.inFlight++;
			seen.peak = Math.max(seen.peak, seen.inFlight);
			const delayMs = 40;
			setTimeout(() => {
				seen.inFlight--;
				seen.served++;
			}, delayMs);
			return {
				status: 200,
				json: { status: 200, data: { id: 'g', audio: `${vocu.url}/a.mp3`, credit_used: 1 } },
				delayMs,
			};
		});
	return seen;
}

/** `count` executions started together (webhook or schedule events), each with its own execution ID. */
/** Each test runs for an account (credential) of its own, so no quota cached by an earlier test applies. */
let accountNumber = 0;

async function executions(
	vocu: StubServer,
	count: number,
	params: INodeParameters,
	credentialId = `acct-${accountNumber}`,
	items = 1,
) {
	return await Promise.all(
		Array.from(
			{ length: count },
			async (_, index) =>
				await runVocu(params, {
					credentials: vocuCredentials(vocu.url),
					executionId: `exec-${index}`,
					items: Array.from({ length: items }, (_item, i) => ({ json: { i } })),
					settings: { credentials: { vocuApi: { id: credentialId, name: 'Vocu account' } } },
				}),
		),
	);
}

describe('one concurrency window per Vocu account, shared by every execution of the process', () => {
	const vocu = useStubServer();
	beforeEach(() => {
		accountNumber++;
		vocu.quota = { syncBaseConcurrent: 1, syncPaidConcurrent: 2 };
		vocu.quotaReads.length = 0;
	});

	it('20 executions started together, account limit 3: never more than 3 in flight, no 429, quota read once', async () => {
		const seen = accountAt(vocu, 3);
		const runs = await executions(vocu, 20, speech());
		expect(runs.map((run) => run.error?.message)).toEqual(Array(20).fill(undefined));
		expect(runs.flatMap((run) => run.items)).toHaveLength(20);
		expect(seen).toMatchObject({ peak: 3, rejected: 0, served: 20 });
		expect(vocu.quotaReads).toHaveLength(1);
	});

	it('is sized from the account quota (syncBaseConcurrent + syncPaidConcurrent)', async () => {
		vocu.quota = { syncBaseConcurrent: 1, syncPaidConcurrent: 1 };
		const seen = accountAt(vocu, 2);
		const runs = await executions(vocu, 8, speech());
		expect(runs.every((run) => !run.error)).toBe(true);
		expect(seen).toMatchObject({ peak: 2, rejected: 0, served: 8 });
	});

	it('Max Concurrent Generations lowers it (per execution), never raises it', async () => {
		const seen = accountAt(vocu, 3);
		await executions(vocu, 1, speech({ maxConcurrent: 1 }), undefined, 5);
		expect(seen).toMatchObject({ peak: 1, served: 5 });
		vocu.reset();
		const again = accountAt(vocu, 3);
		const runs = await executions(vocu, 6, speech({ maxConcurrent: 10 }));
		expect(runs.every((run) => !run.error)).toBe(true);
		expect(again).toMatchObject({ peak: 3, rejected: 0, served: 6 });
	});

	it('keeps two accounts apart', async () => {
		const seen = accountAt(vocu, 6);
		await Promise.all([
			executions(vocu, 6, speech(), `acct-${accountNumber}-a`),
			executions(vocu, 6, speech(), `acct-${accountNumber}-b`),
		]);
		expect(seen.peak).toBe(6);
		expect(vocu.quotaReads).toHaveLength(2);
	});

	it('uses the documented default (3) when account info cannot be read', async () => {
		vocu
			.on('GET', '/api/account/info')
			.reply(500, { status: 500, code: 'SYSTEM_INTERNAL_ERROR', message: 'down' });
		const seen = accountAt(vocu, 3);
		const runs = await executions(vocu, 10, speech());
		expect(runs.every((run) => !run.error)).toBe(true);
		expect(seen).toMatchObject({ peak: DEFAULT_ACCOUNT_CONCURRENCY, rejected: 0 });
	});
});

describe('account quota cache', () => {
	const vocu = useStubServer();

	/** The part of an item context the account key uses: the node's credential reference. */
	function context(credentialId: string): IExecuteSingleFunctions {
		const node = {
			name: 'Vocu',
			credentials: { vocuApi: { id: credentialId, name: 'Vocu account' } },
		};
		return { getNode: () => node } as unknown as IExecuteSingleFunctions;
	}

	it('is keyed by credential ID and base URL, never by the API key', () => {
		const key = accountKey(context('cred-7'), vocu.url);
		expect(key).toContain('cred-7');
		expect(key).toContain(vocu.url);
		expect(key).not.toContain(TEST_API_KEY);
	});

	it('reads account info once, then again only after the cache period', async () => {
		const key = accountKey(context('cred-8'), vocu.url);
		let quota = { syncBaseConcurrent: 2, syncPaidConcurrent: 3 };
		let reads = 0;
		const readAccountInfo = async () => {
			reads++;
			return { user: { quota } };
		};
		const now = Date.now();
		expect(await accountConcurrency(readAccountInfo, key, now)).toBe(5);
		quota = { syncBaseConcurrent: 1, syncPaidConcurrent: 0 };
		expect(await accountConcurrency(readAccountInfo, key, now + 1_000)).toBe(5);
		expect(reads).toBe(1);
		expect(await accountConcurrency(readAccountInfo, key, now + QUOTA_TTL_MS + 1)).toBe(1);
		expect(reads).toBe(2);
	});

	it('reads the quota fields; anything unusable gives undefined (the caller falls back to 3)', () => {
		expect(
			concurrencyFromAccountInfo({
				user: { quota: { syncBaseConcurrent: 1, syncPaidConcurrent: 4 } },
			}),
		).toBe(5);
		expect(concurrencyFromAccountInfo({ user: { quota: { syncBaseConcurrent: 2 } } })).toBe(2);
		expect(concurrencyFromAccountInfo({ user: { credits: 81 } })).toBeUndefined();
		expect(
			concurrencyFromAccountInfo({
				user: { quota: { syncBaseConcurrent: 0, syncPaidConcurrent: 0 } },
			}),
		).toBeUndefined();
		expect(concurrencyFromAccountInfo(undefined)).toBeUndefined();
	});
});
