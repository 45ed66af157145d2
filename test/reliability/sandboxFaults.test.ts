/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @typescript-eslint/no-require-imports -- test code: runs in Node, not inside n8n */
const { createSandbox } = require('../../sandbox/server') as {
	createSandbox: (options: object) => {
		start: () => Promise<{ apiUrl: string }>;
		stop: () => Promise<void>;
		counters: { syncPeak: number; syncRejected: number };
	};
};

const KEY = 'sk-sandbox-test000000000000000000000';

async function post(apiUrl: string, path: string, body: object) {
	return await fetch(`${apiUrl}${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
}

describe('sandbox fault hooks', () => {
	it('a reset after the body is read: the route ran (the generation happened), the answer is lost', async () => {
		const handled: string[] = [];
		const sandbox = createSandbox({
			port: 0,
			quiet: true,
			apiKey: KEY,
			timings: { syncDelayMs: 0 },
			chaos: { rate: 1, kinds: ['reset-after-body'], paths: ['/api/tts/*'] },
			onHandled: ({ path }: { path: string }) => handled.push(path),
		});
		const { apiUrl } = await sandbox.start();
		try {
			const info = (await (await fetch(`${apiUrl}/__sandbox`)).json()) as {
				seed: { readyVoiceId: string };
			};
			await expect(
				post(apiUrl, '/api/tts/simple-generate', {
					voiceId: info.seed.readyVoiceId,
					text: 'Hi there',
				}),
			).rejects.toThrow();
			expect(handled).toEqual(['/api/tts/simple-generate']);
		} finally {
			await sandbox.stop();
		}
	});

	it('an account limit: generations beyond it get 429 RATE_LIMIT_CONCURRENT at once', async () => {
		const sandbox = createSandbox({
			port: 0,
			quiet: true,
			apiKey: KEY,
			syncConcurrency: 1,
			timings: { syncDelayMs: 200 },
		});
		const { apiUrl } = await sandbox.start();
		try {
			const info = (await (await fetch(`${apiUrl}/__sandbox`)).json()) as {
				seed: { readyVoiceId: string };
			};
			const body = { voiceId: info.seed.readyVoiceId, text: 'Hi there' };
			const [first, second] = await Promise.all([
				post(apiUrl, '/api/tts/simple-generate', body),
				post(apiUrl, '/api/tts/simple-generate', body),
			]);
			expect([first.status, second.status].sort()).toEqual([200, 429]);
			expect(sandbox.counters).toMatchObject({ syncPeak: 1, syncRejected: 1 });
		} finally {
			await sandbox.stop();
		}
	});
});
