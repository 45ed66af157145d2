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

/** `resolveBaseUrl` as an expression body; `refused` is what a rejected custom URL becomes (a JS literal). */
const baseUrlBody = (refused: string) =>
	`$credentials.region === "china" ? "${BASE_URLS.china}" : $credentials.region !== "custom" ? "${BASE_URLS.global}" : ` +
	`(new RegExp(${JSON.stringify(pattern)}, "i").test(String($credentials.baseUrl ?? "").trim()) ` +
	`? String($credentials.baseUrl).trim().replace(/\\/+$/, "") : ${refused})`;

/** `resolveBaseUrl` as an n8n expression over `$credentials`, for `requestDefaults`. */
export const BASE_URL_EXPRESSION = `={{ ${baseUrlBody(JSON.stringify(INVALID_BASE_URL))} }}`;

/**
 * The credential test must say in words why a custom URL is refused, but n8n shows only a network error code
 * (e.g. ERR_BAD_REQUEST) when a request cannot be sent, and a rule message only for an HTTP status. So a refused
 * URL is "tested" with a POST to an inline data: URL: no network, no key sent anywhere, and the HTTP client
 * answers 405 (data: URLs take only GET), which the credential's `responseCode` rule turns into this message.
 */
export const REFUSED_BASE_URL_STATUS = 405;
export const REFUSED_BASE_URL_MESSAGE =
	'The Custom Base URL must start with https:// (plain http:// is accepted only for localhost and 127.0.0.1). ' +
	'Nothing was sent: fix the Base URL and test again.';
const REFUSED_TEST_URL = 'data:application/json,{}';
const refusedExpression = `(${baseUrlBody('""')}) === ""`;

/** Base URL of the credential test: empty for a refused custom URL, so the data: URL below is used as is. */
export const CREDENTIAL_TEST_BASE_URL_EXPRESSION = `={{ ${baseUrlBody('""')} }}`;

/** URL of the credential test: `path`, or the inline data: URL for a refused custom URL. */
export function credentialTestUrlExpression(path: string): string {
	return `={{ ${refusedExpression} ? ${JSON.stringify(REFUSED_TEST_URL)} : ${JSON.stringify(path)} }}`;
}

/** Method of the credential test: GET, or POST for a refused custom URL (answered 405, see above). */
export const CREDENTIAL_TEST_METHOD_EXPRESSION = `={{ ${refusedExpression} ? "POST" : "GET" }}`;
