'use strict';
// Soak under faults (issue 14): 1,000 items through Speech → Generate, 200 through Task → Create (wait for
// completion), 200 through Speech → Convert Voice (an uploaded audio URL per item) and 100 through Audio → Generate
// Sound Effect (wait for completion) against the sandbox injecting random faults: 429 with and without Retry-After, 503, 500, connection
// resets before and after the request body is read (after: the generation ran), timeouts (the answer comes after the
// node's timeout), truncated audio downloads and malformed JSON. The node runs through n8n-core's real
// WorkflowExecute/RoutingNode (test/harness/runNode.ts), several executions at once, with Continue On Fail on.
//
// Run: npm run soak      (SOAK_SPEECH=1000 SOAK_TASKS=200 SOAK_CONVERT=200 SOAK_SFX=100 SOAK_RATE=0.15 SOAK_SEED=14
// change the mix)
// Exits 1 when an input item has no or several output/error items, an item was generated twice, or the key leaked.
const path = require('node:path');
const { registerTypeScript } = require('./typescript');

const SPEECH_ITEMS = Number(process.env.SOAK_SPEECH || 1000);
const TASK_ITEMS = Number(process.env.SOAK_TASKS || 200);
const CONVERT_ITEMS = Number(process.env.SOAK_CONVERT || 200);
const SFX_ITEMS = Number(process.env.SOAK_SFX || 100);
const RATE = Number(process.env.SOAK_RATE || 0.15);
const SEED = Number(process.env.SOAK_SEED || 14);
const TIMEOUT_MS = 2_500;
const ACCOUNT_LIMIT = 3;

function peakRss() {
	const sample = { peak: process.memoryUsage().rss };
	const timer = setInterval(
		() => (sample.peak = Math.max(sample.peak, process.memoryUsage().rss)),
		50,
	);
	return { sample, stop: () => clearInterval(timer) };
}

/** Runs `total` items as executions of `perExecution` items, all started together; returns one record per input item. */
async function soak(harness, apiUrl, label, total, perExecution, parameters, extra = () => ({})) {
	const executions = [];
	for (let start = 0, index = 0; start < total; start += perExecution, index++) {
		const items = [];
		for (let n = start; n < Math.min(total, start + perExecution); n++)
			items.push({ json: { text: `${label} item ${n}.`, ...extra(n) } });
		executions.push({ id: `${label}-${index}`, items });
	}
	const runs = await Promise.all(
		executions.map(async ({ id, items }) => ({
			items,
			run: await harness.runVocu(parameters, {
				credentials: harness.vocuCredentials(apiUrl),
				executionId: id,
				items,
				settings: {
					continueOnFail: true,
					credentials: { vocuApi: { id: 'soak-credential', name: 'Vocu soak' } },
				},
			}),
		})),
	);
	const records = [];
	for (const { items, run } of runs) {
		const byInput = items.map(() => []);
		for (const output of run.items) {
			const paired = output.pairedItem;
			const at = Array.isArray(paired)
				? paired[0]?.item
				: typeof paired === 'object'
					? paired.item
					: paired;
			(byInput[at] ?? (byInput.orphan ??= [])).push(output);
		}
		if (run.error)
			records.push({ text: `${label} execution`, outputs: [], stopped: run.error.message });
		items.forEach((item, index) => records.push({ text: item.json.text, outputs: byInput[index] }));
		records.orphans = (records.orphans ?? 0) + (byInput.orphan?.length ?? 0);
		records.leak = records.leak || JSON.stringify(run.run).includes(harness.TEST_API_KEY);
	}
	return records;
}

function summarize(label, records, generations) {
	const errors = {};
	let outputs = 0;
	let errorItems = 0;
	let notOne = 0;
	const perItem = { 0: 0, 1: 0, '2+': 0 };
	for (const record of records) {
		if (record.outputs.length !== 1) notOne++;
		for (const output of record.outputs) {
			if (output.json.error !== undefined) {
				errorItems++;
				const message = String(output.json.error)
					.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')
					.slice(0, 70);
				errors[message] = (errors[message] ?? 0) + 1;
			} else outputs++;
		}
		const count = generations.get(record.text) ?? 0;
		perItem[count >= 2 ? '2+' : count]++;
	}
	return {
		label,
		itemsIn: records.length,
		outputs,
		errorItems,
		notOne,
		perItem,
		errors,
		orphans: records.orphans ?? 0,
		leak: records.leak,
	};
}

async function main() {
	registerTypeScript();
	const harness = require(path.join(__dirname, '..', 'test', 'harness', 'runNode.ts'));
	harness.TEST_API_KEY = require(
		path.join(__dirname, '..', 'test', 'harness', 'stubServer.ts'),
	).TEST_API_KEY;
	const { createSandbox, SEED: IDS } = require('../sandbox/server');
	const generations = new Map();
	/** Convert Voice sends no text: its generations are counted by the uploaded audio URL of each item. */
	const textOfAudio = new Map();
	const sandbox = createSandbox({
		port: 0,
		quiet: true,
		apiKey: harness.TEST_API_KEY,
		credit: 1e9,
		syncConcurrency: ACCOUNT_LIMIT,
		timings: { syncDelayMs: 20, taskPendingMs: 100, taskProcessingMs: 300 },
		chaos: {
			rate: RATE,
			storageRate: RATE / 2,
			seed: SEED,
			paths: ['/api/tts/*'],
			holdMs: TIMEOUT_MS + 1_500,
		},
		onHandled: ({ method, path: route, body }) => {
			if (method !== 'POST') return;
			const text =
				route === '/api/tts/simple-generate'
					? (body?.text ?? textOfAudio.get(body?.input_audio))
					: route === '/api/tts/generate'
						? body?.contents?.[0]?.text
						: undefined;
			if (text) generations.set(text, (generations.get(text) ?? 0) + 1);
		},
	});
	const { apiUrl } = await sandbox.start();
	const voiceId = { __rl: true, mode: 'id', value: IDS.readyVoiceId };
	const common = { voiceId, text: '={{ $json.text }}', requestOptions: { timeout: TIMEOUT_MS } };
	const audioUrls = await uploadInputs(apiUrl, harness.TEST_API_KEY, CONVERT_ITEMS);
	audioUrls.forEach((url, n) => textOfAudio.set(url, `convert item ${n}.`));
	const memory = peakRss();
	const started = Date.now();
	const speech = await soak(harness, apiUrl, 'speech', SPEECH_ITEMS, 100, {
		resource: 'speech',
		operation: 'generate',
		...common,
	});
	const tasks = await soak(harness, apiUrl, 'task', TASK_ITEMS, 50, {
		resource: 'task',
		operation: 'create',
		...common,
		waitForCompletion: true,
		pollInterval: 1,
		maxWait: 60,
		downloadAudio: true,
	});
	const conversions = await soak(
		harness,
		apiUrl,
		'convert',
		CONVERT_ITEMS,
		50,
		{
			resource: 'speech',
			operation: 'convertVoice',
			voiceId,
			audioSource: 'url',
			inputAudioUrl: '={{ $json.audioUrl }}',
			requestOptions: { timeout: TIMEOUT_MS },
		},
		(n) => ({ audioUrl: audioUrls[n] }),
	);
	const soundEffects = await soak(harness, apiUrl, 'sfx', SFX_ITEMS, 50, {
		resource: 'audio',
		operation: 'generateSoundEffect',
		text: '={{ $json.text }}',
		requestOptions: { timeout: TIMEOUT_MS },
		waitForCompletion: true,
		pollInterval: 1,
		maxWait: 60,
		downloadAudio: true,
	});
	memory.stop();
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const rows = [
		summarize('Speech → Generate', speech, generations),
		summarize('Task → Create (wait)', tasks, generations),
		summarize('Speech → Convert Voice', conversions, generations),
		summarize('Audio → Generate Sound Effect (wait)', soundEffects, generations),
	];
	const { counters } = sandbox;
	const chaos = sandbox.faults.chaos.hits;
	await sandbox.stop();
	report(rows, { counters, chaos, seconds, rss: memory.sample.peak });
	const failed =
		rows.some((row) => row.notOne || row.perItem['2+'] || row.leak || row.orphans) ||
		counters.storageAuthRejected;
	process.exit(failed ? 1 : 0);
}

/** One audio URL per conversion item, uploaded like File → Upload Audio (tried again when a fault hits it). */
async function uploadInputs(apiUrl, apiKey, count) {
	const { silentMp3 } = require('../sandbox/mp3');
	const audio = `data:audio/mpeg;base64,${silentMp3(2).toString('base64')}`;
	const urls = [];
	while (urls.length < count) {
		try {
			const response = await fetch(`${apiUrl}/api/tts/upload-audio`, {
				method: 'POST',
				headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
				body: JSON.stringify({ audio }),
				signal: AbortSignal.timeout(TIMEOUT_MS),
			});
			const url = (await response.json())?.data?.url;
			if (url) urls.push(url);
		} catch {
			// An injected fault (reset, timeout, malformed JSON): upload again.
		}
	}
	return urls;
}

function report(rows, { counters, chaos, seconds, rss }) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	console.log(
		`\nSoak under faults (Node ${process.version}, fault rate ${RATE}, seed ${SEED}, ${seconds} s)\n`,
	);
	console.log(
		line([
			'',
			'items in',
			'output items',
			'error items',
			'inputs without exactly 1 output',
			'generations per input: 0 / 1 / 2+',
			'token leaks',
		]),
	);
	console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
	for (const row of rows) {
		const { perItem } = row;
		console.log(
			line([
				row.label,
				row.itemsIn,
				row.outputs,
				row.errorItems,
				row.notOne + row.orphans,
				`${perItem[0]} / ${perItem[1]} / ${perItem['2+']}`,
				row.leak ? 'LEAK' : 0,
			]),
		);
	}
	console.log(`\nPeak RSS (node + sandbox, one process): ${(rss / 1024 / 1024).toFixed(0)} MB`);
	console.log(
		`Sync generations in flight at the sandbox: peak ${counters.syncPeak} (account limit ${ACCOUNT_LIMIT}), 429s from that limit: ${counters.syncRejected}; storage requests with the API key: ${counters.storageAuthRejected}`,
	);
	console.log(
		`Faults injected: ${Object.entries(chaos)
			.sort()
			.map(([kind, count]) => `${kind} ${count}`)
			.join(', ')}`,
	);
	for (const row of rows) {
		console.log(`\n${row.label}: error items by message`);
		for (const [message, count] of Object.entries(row.errors).sort((a, b) => b[1] - a[1]))
			console.log(`  ${String(count).padStart(4)}  ${message}`);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
