import { BASE_URLS } from '../constants';

/**
 * A custom base URL must be https, except plain http to this machine (for local testing). The same rule is
 * written twice: as TypeScript for code paths and as an n8n expression for declarative routing and the
 * credential test. test/credentials/VocuApi.test.ts runs both over one table so they cannot drift.
 */
export const CUSTOM_BASE_URL_PATTERN =
	/^(https:\/\/[^\s/?#@]+|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?)(\/[^\s?#]*)?$/i;

/** Marker returned instead of a rejected custom URL: it is not a URL, so no request (and no key) leaves. */
export const INVALID_BASE_URL = 'invalid-base-url:custom-url-must-use-https';

export interface VocuCredentialData {
	apiKey?: unknown;
	region?: unknown;
	baseUrl?: unknown;
}

export function resolveBaseUrl(credentials: VocuCredentialData): string {
	if (credentials.region === 'china') return BASE_URLS.china;
	if (credentials.region !== 'custom') return BASE_URLS.global;
	const custom = String(credentials.baseUrl ?? '').trim();
	return CUSTOM_BASE_URL_PATTERN.test(custom) ? custom.replace(/\/+$/, '') : INVALID_BASE_URL;
}

const pattern = CUSTOM_BASE_URL_PATTERN.source;

/** `resolveBaseUrl` as an n8n expression over `$credentials`, for `requestDefaults` and the credential test. */
export const BASE_URL_EXPRESSION =
	`={{ $credentials.region === "china" ? "${BASE_URLS.china}" : $credentials.region !== "custom" ? "${BASE_URLS.global}" : ` +
	`(new RegExp(${JSON.stringify(pattern)}, "i").test(String($credentials.baseUrl ?? "").trim()) ` +
	`? String($credentials.baseUrl).trim().replace(/\\/+$/, "") : "${INVALID_BASE_URL}") }}`;
