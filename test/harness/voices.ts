/** A purchased Voice Market voice (ID prefixed `market:`, one deleted style), as Voice → Get and Get Many return it. */
export const marketVoice = {
	id: 'market:5b0e7c4e-8a51-4a43-a3a4-2b0fb1ee0c11',
	name: 'Market Star',
	status: 'pending',
	version: 'v3.0',
	from: 'market',
	metadata: {
		prompts: [
			{ id: 'default', name: 'Default Style' },
			{ id: 'f0b4c1d2-0000-4000-8000-000000000001', name: 'Retired', deleted: true },
		],
	},
};
