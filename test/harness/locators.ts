/** Resource-locator parameter values as the editor stores them: a typed-in ID, or an entry picked from the list. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const fromList = (value: string, cachedResultName?: string) => ({
	__rl: true,
	mode: 'list',
	value,
	...(cachedResultName === undefined ? {} : { cachedResultName }),
});
