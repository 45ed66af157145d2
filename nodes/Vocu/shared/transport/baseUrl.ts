import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BASE_URLS } from '../constants';

/**
 * The one rule for where the API key may go: https to any host, or plain http to this machine (local testing).
 * The host admits no user info and no second scheme, so `https://http://x` is refused instead of sent to a host
 * named "http". Lower-case schemes only: n8n's form conditions evaluate a regex without flags.
 */
const ALLOWED_ORIGIN = String.raw`(https://[A-Za-z0-9.-]+|http://(localhost|127\.0\.0\.1))(:\d+)?`;
const ALLOWED_BASE_URL = new RegExp(`^${ALLOWED_ORIGIN}(/[^\\s?#]*)?$`);
const ALLOWED_TARGET = new RegExp(`^${ALLOWED_ORIGIN}(/|$)`);

export const REFUSED_BASE_URL_MESSAGE =
	'The Custom Base URL in the Vocu credential must start with https:// (plain http:// only for localhost and 127.0.0.1)';
export const REFUSED_BASE_URL_FIX =
	'Nothing was sent. Open the Vocu credential and fix the Base URL, or pick the Global or China region.';

/** Shows the credential form's notice: a Base URL is typed and breaks the rule. */
export const REFUSED_BASE_URL_CONDITION = `^(?!\\s*$)(?!\\s*${ALLOWED_ORIGIN}(/[^\\s?#]*)?\\s*$)`;

export interface VocuCredentialData {
	apiKey?: unknown;
	region?: unknown;
	baseUrl?: unknown;
}

/** The credential's base URL: the region's, or the custom one trimmed and without a trailing slash. */
export function resolveBaseUrl(credentials: VocuCredentialData): string {
	if (credentials.region === 'china') return BASE_URLS.china;
	if (credentials.region !== 'custom') return BASE_URLS.global;
	return String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '');
}

/** `resolveBaseUrl` as an n8n expression over `$credentials`, for `requestDefaults` and the credential test. */
export const BASE_URL_EXPRESSION =
	`={{ $credentials.region === "china" ? "${BASE_URLS.china}" : $credentials.region !== "custom" ` +
	`? "${BASE_URLS.global}" : String($credentials.baseUrl ?? "").trim().replace(/\\/+$/, "") }}`;

export function isAllowedBaseUrl(baseUrl: unknown): boolean {
	return typeof baseUrl === 'string' && ALLOWED_BASE_URL.test(baseUrl);
}

/**
 * Whether the API key may be sent with this request: its absolute URL, or else its base URL, passes the rule.
 * The credential checks it before adding the key, so no path (routing, hooks, the credential test) can leak it.
 */
export function mayCarryApiKey(request: { url?: string; uri?: string; baseURL?: string }): boolean {
	// n8n's HTTP Request node (v4) hands the credential request-library options: the address is in `uri`.
	const url = request.url ?? request.uri ?? '';
	const target = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : (request.baseURL ?? '');
	return ALLOWED_TARGET.test(target);
}

/** What a person sees when a node runs with a refused custom base URL. */
export function refusedBaseUrlError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, REFUSED_BASE_URL_MESSAGE, {
		description: REFUSED_BASE_URL_FIX,
		itemIndex,
	});
}
