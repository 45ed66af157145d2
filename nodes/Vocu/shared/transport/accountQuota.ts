import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../constants';

/** Vocu's documented default: what an account serves when its quota cannot be read. */
export const DEFAULT_ACCOUNT_CONCURRENCY = 3;
/** How long a quota read from account info is trusted (a plan change shows up after at most this). */
export const QUOTA_TTL_MS = 10 * 60_000;
/** After a failed read, the default is used this long before account info is asked again. */
export const UNREADABLE_TTL_MS = 60_000;

interface CachedQuota {
	capacity: Promise<number>;
	expiresAt: number;
}

const quotas = new Map<string, CachedQuota>();

/**
 * The account a request runs for: the credential's ID (its name when n8n gives none) and base URL. Never the API
 * key: the key must not sit in memory keyed, logged or compared outside n8n's credential handling. `baseUrl` is
 * the one n8n already resolved for the request, so the credential is not read again per item.
 */
export function accountKey(context: IExecuteSingleFunctions, baseUrl: string): string {
	const credential = context.getNode().credentials?.[CREDENTIAL_NAME];
	const id = credential?.id ?? credential?.name ?? 'unnamed';
	return `account\u0000${id}\u0000${baseUrl}`;
}

/** Sync concurrency from account info: `quota.syncBaseConcurrent + quota.syncPaidConcurrent`, else undefined. */
export function concurrencyFromAccountInfo(body: unknown): number | undefined {
	const user = ((body ?? {}) as IDataObject).user as IDataObject | undefined;
	const quota = (user?.quota ?? undefined) as IDataObject | undefined;
	const base = Number(quota?.syncBaseConcurrent);
	const paid = Number(quota?.syncPaidConcurrent ?? 0);
	if (!Number.isFinite(base) || !Number.isFinite(paid)) return undefined;
	const sum = Math.floor(base + paid);
	return sum >= 1 ? sum : undefined;
}

/** Reads account info (GET /api/account/info); passed in by the request path, which owns sending. */
export type ReadAccountInfo = () => Promise<unknown>;

async function readCapacity(readAccountInfo: ReadAccountInfo): Promise<number> {
	const body = await readAccountInfo();
	const capacity = concurrencyFromAccountInfo(body);
	if (capacity === undefined) throw new Error('no quota in account info');
	return capacity;
}

/**
 * How many synchronous generations the account serves at once, read from account info once per QUOTA_TTL_MS and
 * shared by every execution of this process (concurrent callers share one read). Any failure gives the default.
 */
export async function accountConcurrency(
	readAccountInfo: ReadAccountInfo,
	key: string,
	now = Date.now(),
): Promise<number> {
	const cached = quotas.get(key);
	if (cached && cached.expiresAt > now) return await cached.capacity;
	const entry: CachedQuota = {
		capacity: Promise.resolve(DEFAULT_ACCOUNT_CONCURRENCY),
		expiresAt: now + QUOTA_TTL_MS,
	};
	entry.capacity = readCapacity(readAccountInfo).catch(() => {
		entry.expiresAt = Math.min(entry.expiresAt, Date.now() + UNREADABLE_TTL_MS);
		return DEFAULT_ACCOUNT_CONCURRENCY;
	});
	quotas.set(key, entry);
	return await entry.capacity;
}
