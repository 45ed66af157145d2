#!/usr/bin/env node
'use strict';
// Browser acceptance test: what a person sees in the n8n editor. Starts `npm start`'s script (scripts/start.js:
// real n8n 2.x with the packed package, the Vocu sandbox, the examples filled in for it) on free ports in a
// temporary user folder, sets up the owner account over n8n's REST API, then drives the editor in headless
// Chromium (Debian's `chromium` package, through playwright-core; no browser download):
//   1. node search from the canvas finds Vocu by "Vocu", "text to speech", "TTS", "voice" and "speech"
//   2. Vocu → Generate speech from text: the panel shows Speech / Generate; the voice list offers the ready
//      voice and not the ones still cloning or failed; executing shows an MP3 whose audio player loads
//   3. a voice that does not exist: the error panel names Vocu's code; the Style list explains the missing voice
//   4. a new workflow's first step: searching "Vocu" offers the trigger's events; Task Finished opens the trigger
//   5. Task → Create from Script chosen from the node search opens with its Script and Rules fields
//   6. every example workflow, as imported by `npm start`, executes (those that need the internet or an OpenAI
//      key are opened and shown, not executed: see OFFLINE_EXAMPLES)
//   7. the README's smallest workflow runs as pasted (readmeStep.js)
//   8. pickers and the credential form (pickerSteps.js): voice IDs in the list, no style lookup per keystroke,
//      the trigger's voice picker, an empty Custom Base URL whose refusal is explained
//   9. "sound effect", "music" and "voice changer" lead to Vocu's matching actions; Speech → Convert Voice and
//      Audio → Generate Sound Effect open (audioSteps.js; VOCU_UI_STEPS=audio runs them without steps 1–6)
// Screenshots go to .e2e/ui/ (git-ignored). Look at them: the test checks the page, the pictures show it.
//
//   npm run test:ui            # builds first; n8n 2.41.1 (installed into .n8n-local/ on first use)
//   node test/ui/run.js [--n8n=1] [--keep] [--headed]

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const local = require('../../scripts/n8n-local');
const { SEED } = require('../../sandbox/server');
const { credentialStep, triggerVoiceStep, voicePickerSteps } = require('./pickerSteps');
const { readmeSnippetStep } = require('./readmeStep');
const { audioSteps } = require('./audioSteps');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Flags for a headless Chromium on a machine with a closed network (no sync, updates or background calls). */
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const SHOTS = path.join(local.REPO, '.e2e', 'ui');
const OWNER = {
	email: 'owner@example.com',
	firstName: 'Vocu',
	lastName: 'Tester',
	password: 'Vocu-ui-test-1',
};
/** Examples that cannot run on a machine without internet access or an OpenAI key: opened, not executed. */
const OFFLINE_EXAMPLES = {
	'ai-agent-with-vocu-tool.json': 'needs an OpenAI credential and a chat message',
	'rss-to-mp3.json': 'reads an RSS feed from the internet',
};
const SEARCHES = ['Vocu', 'text to speech', 'TTS', 'voice', 'speech'];
const STEP_TIMEOUT_MS = 30_000;
const FINISHED = ['success', 'error', 'crashed', 'canceled'];

function parseArgs(argv) {
	const args = {
		line: local.selectedLine(argv),
		keep: argv.includes('--keep'),
		headed: argv.includes('--headed'),
	};
	for (const arg of argv) {
		if (!/^--(n8n=\d|keep|headed)$/.test(arg)) throw new Error(`Unknown argument ${arg}`);
	}
	return args;
}

async function freePortPair() {
	for (let attempt = 0; attempt < 20; attempt += 1) {
		const port = await local.freePort();
		const net = require('node:net');
		const nextFree = await new Promise((resolve) => {
			const server = net.createServer();
			server.once('error', () => resolve(false));
			server.listen(port + 1, '127.0.0.1', () => server.close(() => resolve(true)));
		});
		if (nextFree) return port;
	}
	throw new Error('No two consecutive free ports for the sandbox');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts scripts/start.js (what `npm start` runs after building) and waits until the editor answers. */
async function startN8n(line, userFolder, logFile) {
	const ports = {
		n8n: await local.freePort(),
		broker: await local.freePort(),
		sandbox: await freePortPair(),
	};
	const out = fs.openSync(logFile, 'w');
	const child = spawn(
		process.execPath,
		[path.join(local.REPO, 'scripts', 'start.js'), `--n8n=${line}`],
		{
			env: {
				...local.cleanEnv(),
				VOCU_API_KEY: '',
				N8N_USER_FOLDER: userFolder,
				N8N_PORT: String(ports.n8n),
				N8N_RUNNERS_BROKER_PORT: String(ports.broker),
				SANDBOX_PORT: String(ports.sandbox),
			},
			stdio: ['ignore', out, out],
			detached: true,
		},
	);
	const url = `http://127.0.0.1:${ports.n8n}`;
	const deadline = Date.now() + 15 * 60_000; // the first run installs n8n
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`npm start exited (${child.exitCode}); see ${logFile}`);
		try {
			const response = await fetch(`${url}/rest/settings`, { signal: AbortSignal.timeout(2000) });
			if (response.ok) return { child, url, sandboxUrl: `http://127.0.0.1:${ports.sandbox}` };
		} catch {
			// not up yet
		}
		await sleep(1000);
	}
	throw new Error(`n8n did not answer at ${url}; see ${logFile}`);
}

function stop(child) {
	if (!child || child.exitCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
			resolve();
		}, 15_000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM'); // start.js stops n8n and the sandbox it started
	});
}

/** One checked step: records pass/fail with the reason, takes a screenshot either way. */
function stepper(page, results) {
	let index = 0;
	return async function step(title, fn) {
		index += 1;
		const shot = path.join(
			SHOTS,
			`${String(index).padStart(2, '0')}-${title
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.slice(0, 60)}.png`,
		);
		const started = Date.now();
		try {
			const note = await fn();
			await page.screenshot({ path: shot });
			results.push({ title, outcome: 'pass', ms: Date.now() - started, note, shot });
		} catch (error) {
			await page.screenshot({ path: shot }).catch(() => undefined);
			results.push({
				title,
				outcome: 'fail',
				ms: Date.now() - started,
				reason: error.message.split('\n').slice(0, 6).join('\n'),
				shot,
			});
		}
	};
}

function expect(condition, message) {
	if (!condition) throw new Error(message);
}

async function texts(locator) {
	return (await locator.allInnerTexts()).map((text) => text.trim());
}

/** A new workflow with a Manual Trigger, then the "What happens next?" panel opened from its + handle. */
async function openNodeSearch(page, url) {
	await page.goto(`${url}/workflow/new`);
	await page.getByTestId('canvas-add-button').click();
	await page.getByTestId('node-creator-search-bar').fill('manual');
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: 'Manual Trigger' })
		.first()
		.waitFor();
	await page.keyboard.press('Enter');
	await page.getByTestId('canvas-handle-plus').first().click();
	await page.getByTestId('node-creator-search-bar').waitFor();
}

async function searchFinds(page, query) {
	await page.getByTestId('node-creator-search-bar').fill(query);
	const vocu = page.getByTestId('node-creator-item-name').filter({ hasText: /^Vocu$/ });
	await vocu
		.first()
		.waitFor({ timeout: 10_000 })
		.catch(() => undefined);
	const names = await texts(page.getByTestId('node-creator-item-name'));
	expect(
		names.includes('Vocu'),
		`searching "${query}" did not list Vocu (listed: ${names.slice(0, 8).join(', ') || 'nothing'})`,
	);
	return `"${query}" → ${names.indexOf('Vocu') + 1}. of ${names.length}`;
}

async function parameterText(page, name) {
	return (
		await page.getByTestId(`parameter-input-${name}`).locator('input').first().inputValue()
	).trim();
}

/** Searches "Vocu" in the open node creator and opens the Vocu entry (its actions). */
async function chooseVocu(page) {
	await page.getByTestId('node-creator-search-bar').fill('Vocu');
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: /^Vocu$/ })
		.first()
		.click();
}

/** Chooses an action in the node creator; the panel must open on its resource and operation. */
async function openAction(page, action, resource, operation) {
	await page.getByTestId('node-creator-item-name').filter({ hasText: action }).click();
	await page.getByTestId('ndv').waitFor();
	const shown = [await parameterText(page, 'resource'), await parameterText(page, 'operation')];
	expect(
		shown[0] === resource && shown[1] === operation,
		`the panel shows Resource "${shown[0]}", Operation "${shown[1]}"`,
	);
}

/** Opens the voice list of the open Vocu node and returns the names it offers. */
async function voiceListNames(page) {
	await page.getByTestId('rlc-input').first().click();
	await page.getByTestId('rlc-item').first().waitFor();
	return await texts(page.getByTestId('rlc-item'));
}

/** The audio element of the binary viewer, once it has loaded (readyState ≥ 1 means duration is known). */
async function loadedAudio(page) {
	const handle = await page.waitForFunction(
		() => {
			const audio = document.querySelector('audio');
			if (!audio) return undefined;
			if (audio.error) return { error: audio.error.code };
			return audio.readyState >= 1 && audio.duration > 0
				? { duration: audio.duration, src: audio.currentSrc }
				: undefined;
		},
		undefined,
		{ timeout: STEP_TIMEOUT_MS },
	);
	return await handle.jsonValue();
}

async function workflowsByName(context, url) {
	const response = await context.request.get(`${url}/rest/workflows`);
	expect(response.ok(), `GET /rest/workflows answered ${response.status()}`);
	const { data } = await response.json();
	return new Map(data.map((workflow) => [workflow.name, workflow.id]));
}

/** The newest execution of a workflow (REST), polled until it has finished. */
async function finishedExecution(context, url, workflowId, since) {
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const response = await context.request.get(`${url}/rest/executions?filter=${filter}&limit=1`);
		const body = response.ok() ? await response.json() : {};
		const [latest] = body.data?.results ?? body.data ?? [];
		if (
			latest &&
			Date.parse(latest.startedAt ?? latest.createdAt ?? 0) >= since - 1000 &&
			FINISHED.includes(latest.status)
		)
			return latest;
		await sleep(1000);
	}
	throw new Error('the execution did not finish within 2 minutes');
}

async function runEditorSteps(page, context, url, step) {
	await step('Node search from the canvas finds Vocu', async () => {
		await openNodeSearch(page, url);
		const found = [];
		for (const query of SEARCHES) {
			found.push(await searchFinds(page, query));
			if (query === 'text to speech')
				await page.screenshot({ path: path.join(SHOTS, 'search-text-to-speech.png') });
		}
		return found.join('; ');
	});

	await step('Choosing Vocu lists its actions', async () => {
		await chooseVocu(page);
		const action = page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: 'Generate speech from text' });
		await action.waitFor();
		return `${(await texts(page.getByTestId('node-creator-item-name'))).length} actions`;
	});

	await step('Speech - Generate opens with Resource and Operation set', async () => {
		await openAction(page, 'Generate speech from text', 'Speech', 'Generate');
		const credential = (
			await page.getByTestId('node-credentials-select').locator('input').first().inputValue()
		).trim();
		expect(
			credential === 'Vocu account',
			`credential "${credential}" is not the one npm start created`,
		);
		return `Resource Speech, Operation Generate, credential ${credential}`;
	});

	await step('The voice list offers ready voices only', async () => {
		const names = await voiceListNames(page);
		expect(
			names.some((name) => name.startsWith('Sandbox Narrator')),
			`no "Sandbox Narrator" in ${names.join(', ')}`,
		);
		const unusable = names.filter((name) => /Still Cloning|Failed Clone/.test(name));
		expect(!unusable.length, `voices that cannot speak are offered: ${unusable.join(', ')}`);
		return names.join(', ');
	});

	await step('Executing shows an MP3 whose player loads', async () => {
		await page.getByTestId('rlc-item').filter({ hasText: 'Sandbox Narrator' }).first().click();
		await page
			.getByTestId('parameter-input-text')
			.locator('textarea')
			.fill('Hello from the browser test.');
		await page.getByTestId('node-execute-button').click();
		await page.getByTestId('ndv-binary-data_0').waitFor({ timeout: STEP_TIMEOUT_MS });
		const card = await page.getByTestId('ndv-binary-data_0').innerText();
		expect(
			/audio\/mpeg/.test(card) && /\.mp3/.test(card),
			`the binary card does not show an MP3: ${card.replace(/\n/g, ' ')}`,
		);
		await page.screenshot({ path: path.join(SHOTS, 'output-binary.png') });
		await page.getByTestId('ndv-view-binary-data').first().click();
		const audio = await loadedAudio(page);
		expect(audio && !audio.error, `the audio player did not load (${JSON.stringify(audio)})`);
		return `audio player loaded, ${audio.duration.toFixed(1)} s`;
	});

	await step(
		'A voice that does not exist: the error names Vocu code, the Style list explains',
		async () => {
			await page.getByTestId('rlc-mode-selector').first().click();
			await page.getByRole('option', { name: 'By ID' }).click();
			const missing = '00000000-0000-4000-8000-00000000dead';
			await page.getByTestId('rlc-input').first().fill(missing);
			// Commit the typed ID (blur) and let the Style list react to it before running the step.
			await page.keyboard.press('Tab');
			await page.waitForTimeout(1500);
			await page.getByTestId('node-execute-button').click();
			const error = page.getByTestId('node-error-message');
			await error.waitFor({ timeout: STEP_TIMEOUT_MS });
			const message = (await error.innerText()).trim();
			const panel = await page.getByTestId('ndv').innerText();
			expect(/voice/i.test(message), `error message "${message}" does not mention the voice`);
			expect(
				/VOICE_NOT_FOUND/.test(panel),
				'the error panel does not show Vocu’s code VOICE_NOT_FOUND',
			);
			await page.getByText('From Vocu', { exact: true }).first().click();
			const errorCode = await page
				.locator('.node-error-view__details-row')
				.filter({ hasText: 'Error code' })
				.first()
				.innerText()
				.catch(() => 'no Error code row');
			expect(
				/VOICE_NOT_FOUND \(HTTP 404\)/.test(errorCode),
				`n8n's Error code row shows "${errorCode.replace(/\s+/g, ' ')}", not Vocu's code with the status`,
			);
			await page.screenshot({ path: path.join(SHOTS, 'error-panel.png') });
			// The Style list offers only Default for that voice and says why in the list itself.
			await page.getByTestId('parameter-input-styleId').first().click();
			const tooltip = page.getByText(/not in this Vocu account/).first();
			await tooltip.waitFor({ timeout: 10_000 });
			await page.screenshot({ path: path.join(SHOTS, 'style-list-missing-voice.png') });
			return `error: ${message}; ${errorCode.replace(/\s+/g, ' ')}; style list: ${(await tooltip.innerText()).trim()}`;
		},
	);

	await step('Vocu Trigger is offered as a first step, with its events', async () => {
		await page.keyboard.press('Escape');
		await page.goto(`${url}/workflow/new`);
		await page.getByTestId('canvas-add-button').click();
		await page.getByTestId('node-creator-search-bar').fill('Vocu');
		await page.getByTestId('node-creator-item-name').filter({ hasText: /^Vocu/ }).first().click();
		const items = page.getByTestId('node-creator-item-name');
		await items
			.filter({ hasText: /task finished/i })
			.first()
			.waitFor({ timeout: 10_000 });
		const offered = await texts(items);
		await page.screenshot({ path: path.join(SHOTS, 'trigger-events.png') });
		expect(
			offered.some((name) => /voice ready/i.test(name)),
			`the trigger's events offered: ${offered.join(', ')}`,
		);
		await items
			.filter({ hasText: /task finished/i })
			.first()
			.click();
		await page.getByTestId('ndv').waitFor();
		await page.getByTestId('parameter-input-event').first().waitFor({ timeout: 10_000 });
		const event = await parameterText(page, 'event');
		expect(event === 'Task Finished', `the trigger opens with Event "${event}"`);
		await page.screenshot({ path: path.join(SHOTS, 'trigger-panel.png') });
		return `offered: ${offered.join(', ')}; Event: ${event}`;
	});

	await step('Task - Create from Script opens with its script fields', async () => {
		await openNodeSearch(page, url);
		await chooseVocu(page);
		await openAction(
			page,
			'Create generation task from multi-voice script',
			'Task',
			'Create from Script',
		);
		for (const name of ['script', 'rules'])
			await page.getByTestId(`parameter-input-${name}`).first().waitFor({ timeout: 10_000 });
		const rules = await parameterText(page, 'rules');
		await page.screenshot({ path: path.join(SHOTS, 'task-create-from-script.png') });
		return `Script and Rules shown; Rules: ${rules}`;
	});

	await step('Voice - Get Many: Filters, Name Contains lists the matching voice', async () => {
		await openNodeSearch(page, url);
		await chooseVocu(page);
		await openAction(page, 'Get many voices', 'Voice', 'Get Many');
		// The collection's "Add Filter" is a select (its label is a placeholder); its choices are options.
		await page
			.getByPlaceholder('Add Filter')
			.or(page.getByText('Add Filter', { exact: true }))
			.first()
			.click();
		await page.getByRole('option', { name: 'Name Contains' }).first().click();
		await page.getByTestId('parameter-input-nameContains').locator('input').fill('NARR');
		await page.keyboard.press('Tab');
		await page.getByTestId('node-execute-button').click();
		const output = page.getByTestId('output-panel');
		await output.getByText('Sandbox Narrator').first().waitFor({ timeout: STEP_TIMEOUT_MS });
		const shown = await output.innerText();
		const others = ['Market Star', 'Still Cloning', 'Failed Clone'].filter((name) =>
			shown.includes(name),
		);
		expect(!others.length, `voices without "narr" in their name are listed: ${others.join(', ')}`);
		await page.screenshot({ path: path.join(SHOTS, 'voice-get-many-filters.png') });
		return 'Filters → Name Contains "NARR": Sandbox Narrator only';
	});
}

function startsWithManualTrigger(workflow) {
	const targets = new Set(
		Object.values(workflow.connections ?? {})
			.flatMap((outputs) => Object.values(outputs).flat(2))
			.map((link) => link?.node),
	);
	const starts = workflow.nodes.filter(
		(node) => !targets.has(node.name) && !/stickyNote$/.test(node.type),
	);
	return starts.length > 0 && starts.every((node) => node.type === 'n8n-nodes-base.manualTrigger');
}

async function runExamples(page, context, url, step) {
	const ids = await workflowsByName(context, url);
	const files = fs
		.readdirSync(path.join(local.REPO, 'examples'))
		.filter((name) => name.endsWith('.json'))
		.sort();
	for (const file of files) {
		const workflow = JSON.parse(fs.readFileSync(path.join(local.REPO, 'examples', file), 'utf8'));
		const { name } = workflow;
		await step(`Example ${file.replace(/\.json$/, '')}`, async () => {
			const id = ids.get(name);
			expect(id, `"${name}" was not imported by npm start`);
			await page.goto(`${url}/workflow/${id}`);
			await page.getByTestId('canvas-node').first().waitFor();
			const nodes = (await texts(page.getByTestId('canvas-node'))).length;
			const why =
				OFFLINE_EXAMPLES[file] ??
				(startsWithManualTrigger(workflow)
					? undefined
					: 'starts from a trigger that waits for an event');
			if (why) return `opened (${nodes} nodes); not executed: ${why}`;
			const since = Date.now();
			await page.getByTestId('execute-workflow-button').first().click();
			const execution = await finishedExecution(context, url, id, since);
			await page.waitForTimeout(1000);
			expect(execution.status === 'success', `the execution ended "${execution.status}"`);
			return `executed as imported: ${execution.status}`;
		});
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const { chromium, selectors } = require('playwright-core');
	expect(
		fs.existsSync(CHROMIUM),
		`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`,
	);
	fs.rmSync(SHOTS, { recursive: true, force: true });
	fs.mkdirSync(SHOTS, { recursive: true });
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-ui-'));
	const logFile = path.join(SHOTS, 'npm-start.log');
	const results = [];
	let n8n;
	let browser;
	try {
		console.log(
			`Vocu UI test: starting n8n line ${args.line} with npm start's script (log: ${path.relative(process.cwd(), logFile)})`,
		);
		n8n = await startN8n(args.line, userFolder, logFile);
		console.log(`  n8n at ${n8n.url}, sandbox at ${n8n.sandboxUrl}`);
		selectors.setTestIdAttribute('data-test-id');
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: !args.headed,
			args: CHROMIUM_FLAGS,
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		context.setDefaultTimeout(STEP_TIMEOUT_MS);
		const setup = await context.request.post(`${n8n.url}/rest/owner/setup`, { data: OWNER });
		expect(
			setup.ok(),
			`owner setup answered ${setup.status()}: ${(await setup.text()).slice(0, 300)}`,
		);
		const page = await context.newPage();
		const step = stepper(page, results);
		const only = process.env.VOCU_UI_STEPS; // e.g. "pickers": only those steps, while working on them
		if (!only) await runEditorSteps(page, context, n8n.url, step);
		const shared = { page, context, url: n8n.url, sandboxUrl: n8n.sandboxUrl, step, shots: SHOTS };
		const openGenerate = async () => {
			await openNodeSearch(page, n8n.url);
			await chooseVocu(page);
			await openAction(page, 'Generate speech from text', 'Speech', 'Generate');
		};
		if (!only || only.includes('audio'))
			await audioSteps({ ...shared, openNodeSearch, chooseVocu, openAction, searchFinds });
		await voicePickerSteps({ ...shared, openGenerate });
		await triggerVoiceStep({ ...shared, sandboxVoiceId: SEED.readyVoiceId });
		if (!only) await runExamples(page, context, n8n.url, step);
		const credential = { id: 'vocuLocalCredent', name: 'Vocu account' };
		await readmeSnippetStep({ ...shared, credential, finishedExecution });
		// Last: it creates a second Vocu credential, which n8n may preselect in later steps.
		await credentialStep(shared);
		const written = fs.existsSync(local.EXAMPLE_OUTPUT_DIR)
			? fs.readdirSync(local.EXAMPLE_OUTPUT_DIR).filter((f) => f.endsWith('.mp3'))
			: [];
		console.log(`  ${local.EXAMPLE_OUTPUT_DIR} holds ${written.length} MP3 file(s)`);
	} finally {
		await browser?.close();
		await stop(n8n?.child);
		if (args.keep) console.log(`kept ${userFolder}`);
		else fs.rmSync(userFolder, { recursive: true, force: true });
	}
	for (const result of results) {
		const head = `${result.outcome === 'pass' ? '  PASS' : '  FAIL'}  ${result.title} (${(result.ms / 1000).toFixed(1)} s)`;
		console.log(
			result.outcome === 'pass'
				? `${head}${result.note ? `\n        ${result.note}` : ''}`
				: `${head}\n    ${result.reason.replace(/\n/g, '\n    ')}`,
		);
	}
	const failed = results.filter((result) => result.outcome !== 'pass').length;
	console.log(
		`\nScreenshots: ${path.relative(process.cwd(), SHOTS)}/\n${results.length - failed} passed, ${failed} failed`,
	);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error.stack || error.message);
	process.exitCode = 1;
});
