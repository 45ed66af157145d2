import type { IDataObject } from 'n8n-workflow';

/**
 * A response header as text, or undefined when it is absent. Header names are case-insensitive: n8n hands them
 * over lowercased, servers and proxies may send any case.
 */
export function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	const key =
		name in headers
			? name
			: Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
	const value = key === undefined ? undefined : headers[key];
	return value === undefined || value === null ? undefined : String(value);
}
