/**
 * n8n shows a NodeApiError's `httpCode` as the "Error code" row of the error panel. The node puts Vocu's machine
 * code there together with the HTTP status, e.g. `VOICE_NOT_FOUND (HTTP 404)`, or the status alone when Vocu sent
 * no code. Code that decides on the status (retries, "not found" checks) reads it back with httpStatusOf.
 */
export function errorCodeLabel(httpStatus: number, vocuCode?: string): string {
	return vocuCode ? `${vocuCode} (HTTP ${httpStatus})` : String(httpStatus);
}

/** The HTTP status inside an error's `httpCode` (`"404"` or `"VOICE_NOT_FOUND (HTTP 404)"`); undefined if none. */
export function httpStatusOf(error: { httpCode?: string | null }): number | undefined {
	const text = String(error.httpCode ?? '').trim();
	const match = /^(\d{3})$/.exec(text) ?? /\(HTTP (\d{3})\)$/.exec(text);
	return match ? Number(match[1]) : undefined;
}
