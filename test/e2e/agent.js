'use strict';
// Vocu as an AI agent tool in real n8n: Manual Trigger → Set (chatInput) → AI Agent with n8n's OpenAI Chat Model
// and the Vocu Tool (n8n-nodes-vocu.vocuTool, parameters from $fromAI). The chat model talks to a fake
// OpenAI-compatible server in this process: its first answer is a tool call with the scenario's arguments, the
// next request carries the tool's result as a `tool` message, which is recorded and checked: what the model
// receives on success (JSON with the IDs and audio URL it needs, at most 1 KB, no API key, no audio downloaded)
// for Speech → Generate, Stream and Convert Voice, Task → Create, Audio → Generate Sound Effect and Voice → Get
// Many, and on a wrong voice ID. Convert Voice gets an audio URL uploaded to the sandbox beforehand (an agent passes
// one from File → Upload Audio).
// The wrong-voice workflow sets the tool's On Error to Continue: n8n 1.123 otherwise ends the whole run on a tool
// error instead of handing the message to the model (2.41 hands it over either way).
//
//   node test/e2e/agent.js [--n8n=1|2]      (also run by test/e2e/run.js unless --only is given)

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const local = require('../../scripts/n8n-local');
const { createSandbox, SEED } = require('../../sandbox/server');
const { silentMp3 } = require('../../sandbox/mp3');

const WORKFLOWS = path.join(__dirname, 'workflows');
const VOCU_CREDENTIAL = { id: 'vocuE2eCredential', name: 'Vocu account' };
const OPENAI_CREDENTIAL = { id: 'vocuE2eOpenAi', name: 'Fake OpenAI' };
const FINAL_TEXT = 'Done: here is your audio.';

/** Per scenario (the chat model's model name `scenario-<name>`): the tool call and the check of what came back. */
/** A finished task as the model gets it: status generated, an ID and the audio URL. */
function mustBeGeneratedTask(result) {
	const [answer] = parseArray(result);
	must(answer.status === 'generated', `status ${answer.status} in ${result}`);
	must(
		typeof answer.id === 'string' && /^https?:\/\//.test(String(answer.audioUrl)),
		`no id/audioUrl in ${result}`,
	);
}

const SCENARIOS = {
	speech: {
		title:
			'AI Agent → Vocu Tool (Speech → Generate): the model gets ID, audio URL and credits, ≤ 1 KB, no download',
		args: { voiceId: SEED.readyVoiceId, text: 'Hello team, the agent speaks.' },
		check: (result) => {
			const [answer] = parseArray(result);
			must(
				typeof answer.id === 'string' && /^https?:\/\//.test(String(answer.audioUrl)),
				`no id/audioUrl in ${result}`,
			);
			must(
				answer.characters === 'Hello team, the agent speaks.'.length,
				`characters ${answer.characters}`,
			);
		},
	},
	task: {
		title:
			'AI Agent → Vocu Tool (Task → Create, Wait for Completion): the model gets ID, status, audio URL, ≤ 1 KB',
		args: { voiceId: SEED.readyVoiceId, text: 'A longer announcement, generated as a task.' },
		check: (result) => {
			mustBeGeneratedTask(result);
		},
	},
	stream: {
		title:
			'AI Agent → Vocu Tool (Speech → Stream): the model gets ID and audio URLs, ≤ 1 KB, no binary, no download',
		args: { voiceId: SEED.readyVoiceId, text: 'Welcome to the streamed line.' },
		// Generation Mode Auto reads the voice first (once per execution).
		calls: [
			`GET /api/voice/${SEED.readyVoiceId} 200`,
			'GET /api/account/info 200',
			'GET /api/tts/simple-generate.mp3 200',
		],
		check: (result) => {
			const [answer] = parseArray(result);
			must(
				typeof answer.id === 'string' && /^https?:\/\//.test(String(answer.audioUrl)),
				`no id/audioUrl in ${result}`,
			);
			must(/^https?:\/\//.test(String(answer.streamUrl)), `no streamUrl in ${result}`);
			must(
				answer.characters === 'Welcome to the streamed line.'.length,
				`characters ${answer.characters}`,
			);
			must(!/"(data|binary)"/.test(result), `binary data handed to the model: ${result}`);
		},
	},
	voices: {
		title:
			'AI Agent → Vocu Tool (Voice → Get Many, Name Contains "AR"): the model gets the matching voices incl. market voices, with style IDs, ≤ 1 KB',
		args: { includeMarket: true, name: 'AR' },
		calls: ['GET /api/voice 200'],
		check: (result) => {
			const voices = parseArray(result);
			// "Sandbox Narrator" and "Market Star" contain "ar"; the sandbox's other voices do not.
			const ids = voices.map((voice) => voice.id).sort();
			const expected = [SEED.readyVoiceId, `market:${SEED.marketVoiceUuid}`].sort();
			must(
				JSON.stringify(ids) === JSON.stringify(expected),
				`voices ${ids} instead of ${expected}`,
			);
			must(
				voices.every((voice) => voice.name && voice.status && Array.isArray(voice.styles)),
				`a voice without name/status/styles in ${result}`,
			);
			const ready = voices.find((voice) => voice.id === SEED.readyVoiceId);
			const styleIds = ready.styles.map((style) => style.id);
			must(
				styleIds.includes(SEED.happyStyleId) && !styleIds.includes(SEED.deletedStyleId),
				`styles of the ready voice: ${JSON.stringify(ready.styles)}`,
			);
		},
	},
	convert: {
		title:
			'AI Agent → Vocu Tool (Speech → Convert Voice, audio URL): the model gets ID, audio URL and credits, ≤ 1 KB, no download',
		args: (context) => ({ voiceId: SEED.readyVoiceId, audioUrl: context.uploadedAudioUrl }),
		calls: ['GET /api/account/info 200', 'POST /api/tts/simple-generate 200'],
		check: (result) => {
			const [answer] = parseArray(result);
			must(
				typeof answer.id === 'string' && /^https?:\/\//.test(String(answer.audioUrl)),
				`no id/audioUrl in ${result}`,
			);
			must(typeof answer.creditUsed === 'number', `no creditUsed in ${result}`);
			must(!/"(data|binary)"/.test(result), `binary data handed to the model: ${result}`);
		},
	},
	sfx: {
		title:
			'AI Agent → Vocu Tool (Audio → Generate Sound Effect, Wait for Completion): the model gets ID, status, audio URL, ≤ 1 KB',
		args: { description: 'Thunder rolling over hills' },
		check: (result) => {
			mustBeGeneratedTask(result);
			must(!/"(data|binary)"/.test(result), `binary data handed to the model: ${result}`);
		},
	},
	badvoice: {
		title:
			'AI Agent → Vocu Tool with a wrong voice ID: the model gets the valid form and Voice → Get Many',
		args: { voiceId: 'Anna', text: 'Hello' },
		check: (result) => {
			must(
				result.includes('market:<uuid>') && result.includes('Voice → Get Many'),
				`message: ${result}`,
			);
			must(!/[[(]item \d+/.test(result), `item index in: ${result}`);
		},
	},
};

function must(condition, message) {
	if (!condition) throw new Error(message);
}

function parseArray(text) {
	const value = JSON.parse(text);
	return Array.isArray(value) ? value : [value];
}

/** The text of a chat message's content (a string, or OpenAI's array of parts). */
function contentText(content) {
	if (typeof content === 'string') return content;
	return Array.isArray(content)
		? content.map((part) => part.text ?? '').join('')
		: JSON.stringify(content ?? '');
}

function completion(model, message) {
	return {
		id: `chatcmpl-${crypto.randomUUID()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

/** The same answer as server-sent events, for a client that asks with `stream: true`. */
function streamed(res, body) {
	const [choice] = body.choices;
	const delta = { role: 'assistant', content: choice.message.content ?? '' };
	if (choice.message.tool_calls)
		delta.tool_calls = choice.message.tool_calls.map((call, index) => ({ index, ...call }));
	res.writeHead(200, { 'content-type': 'text/event-stream' });
	const chunk = (choices) =>
		res.write(`data: ${JSON.stringify({ ...body, object: 'chat.completion.chunk', choices })}\n\n`);
	chunk([{ index: 0, delta, finish_reason: null }]);
	chunk([{ index: 0, delta: {}, finish_reason: choice.finish_reason }]);
	res.end('data: [DONE]\n\n');
}

/**
 * A fake OpenAI chat-completions server; `seen[scenario]` records the tools offered and the tool results.
 * `context` holds values known only once the sandbox runs (a scenario's `args` may be a function of it).
 */
function fakeOpenAi(context) {
	const seen = {};
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
				res.writeHead(404, { 'content-type': 'application/json' });
				return res.end(
					JSON.stringify({ error: { message: `not faked: ${req.method} ${req.url}` } }),
				);
			}
			const request = JSON.parse(raw || '{}');
			const name = String(request.model ?? '').replace(/^scenario-/, '');
			const record = (seen[name] ??= { requests: 0, tools: [], toolResults: [] });
			record.requests += 1;
			record.tools = (request.tools ?? []).map((tool) => tool.function);
			const results = (request.messages ?? []).filter((message) => message.role === 'tool');
			let message;
			if (results.length) {
				record.toolResults = results.map((result) => contentText(result.content));
				message = { role: 'assistant', content: FINAL_TEXT };
			} else {
				const tool = record.tools[0]?.name ?? 'missing_tool';
				const scenarioArgs = SCENARIOS[name]?.args ?? {};
				const args = JSON.stringify(
					typeof scenarioArgs === 'function' ? scenarioArgs(context) : scenarioArgs,
				);
				message = {
					role: 'assistant',
					content: null,
					tool_calls: [
						{ id: `call_${name}`, type: 'function', function: { name: tool, arguments: args } },
					],
				};
			}
			const body = completion(request.model, message);
			if (request.stream) return streamed(res, body);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		});
	});
	return {
		seen,
		start: () =>
			new Promise((resolve) =>
				server.listen(0, '127.0.0.1', () =>
					resolve(`http://127.0.0.1:${server.address().port}/v1`),
				),
			),
		stop: () => new Promise((resolve) => server.close(resolve)),
	};
}

/** What the model received must be what the scenario expects, small, with the agent's final answer given. */
function checkScenario(name, record, execution, apiKey) {
	must(record, 'the chat model was never called');
	must(
		record.toolResults.length === 1,
		`the model got ${record.toolResults.length} tool results (${record.requests} model calls)`,
	);
	const [result] = record.toolResults;
	must(
		result.length <= 1024,
		`tool result is ${result.length} characters: ${result.slice(0, 200)}…`,
	);
	must(!result.includes(apiKey), 'the API key is in the tool result');
	SCENARIOS[name].check(result);
	const runs = execution?.data?.resultData?.runData?.['AI Agent'];
	const output = JSON.stringify(runs?.[runs.length - 1]?.data?.main?.[0]?.[0]?.json ?? {});
	must(output.includes(FINAL_TEXT), `agent output ${output.slice(0, 200)}`);
	const description = record.tools[0]?.description ?? '';
	return `model got ${result.length} chars: ${result.slice(0, 160)}${result.length > 160 ? '…' : ''}; tool description: "${description.slice(0, 80)}…"`;
}

/** Uploads a short MP3 to the sandbox the way File → Upload Audio does; returns the audio URL Vocu issued. */
async function uploadAudio(apiUrl, apiKey) {
	const audio = `data:audio/mpeg;base64,${silentMp3(2).toString('base64')}`;
	const response = await fetch(`${apiUrl}/api/tts/upload-audio`, {
		method: 'POST',
		headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ audio }),
	});
	const body = await response.json();
	if (!body?.data?.url) throw new Error(`upload-audio answered ${JSON.stringify(body)}`);
	return body.data.url;
}

async function prepare(n8n, env, userFolder, apiUrl, apiKey, openAiUrl) {
	await local.installPackage(userFolder, await local.packPackage(path.join(userFolder, 'pack')));
	const credentials = path.join(userFolder, 'credentials.json');
	local.writeJson(credentials, [
		local.vocuCredential({ ...VOCU_CREDENTIAL, apiKey, baseUrl: apiUrl }),
		{ ...OPENAI_CREDENTIAL, type: 'openAiApi', data: { apiKey: 'sk-fake', url: openAiUrl } },
	]);
	const files = Object.keys(SCENARIOS).map((name) => path.join(WORKFLOWS, `agent-${name}.json`));
	const workflows = local.prepareWorkflows(
		files,
		path.join(userFolder, 'workflows'),
		VOCU_CREDENTIAL,
	);
	for (const args of [
		['import:credentials', `--input=${credentials}`],
		['import:workflow', '--separate', `--input=${path.join(userFolder, 'workflows')}`],
	]) {
		const result = await local.n8nCli(n8n, env, args);
		if (result.code !== 0) throw new Error(`${args[0]} failed: ${result.stdout}${result.stderr}`);
	}
	return workflows;
}

async function runOne(n8n, env, name, workflowId, fake, sandbox) {
	const started = Date.now();
	const title = SCENARIOS[name].title;
	const firstRequest = sandbox.requests.length;
	try {
		const result = await local.n8nCli(n8n, env, ['execute', `--id=${workflowId}`, '--rawOutput'], {
			timeoutMs: 180_000,
		});
		const execution = local.parseRawOutput(result.stdout);
		const error = execution?.data?.resultData?.error;
		if (error) {
			const record = fake.seen[name];
			throw new Error(
				`the workflow failed in "${execution.data.resultData.lastNodeExecuted}": ${error.message} (model calls: ${record?.requests ?? 0}, tool results: ${JSON.stringify(record?.toolResults ?? [])})`,
			);
		}
		if (!execution)
			throw new Error(
				`no execution printed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-12).join('\n')}`,
			);
		const note = checkScenario(name, fake.seen[name], execution, sandbox.options.apiKey);
		const during = sandbox.requests.slice(firstRequest);
		const downloads = during.filter((entry) => entry.origin === 'storage').length;
		must(downloads === 0, `${downloads} audio download(s) as a tool`);
		const expected = SCENARIOS[name].calls;
		const calls = during
			.filter((entry) => entry.origin !== 'storage')
			.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
		must(
			!expected || JSON.stringify(calls) === JSON.stringify(expected),
			`Vocu calls ${calls.join(', ')}; expected ${expected?.join(', ')}`,
		);
		return { outcome: 'pass', title, ms: Date.now() - started, note };
	} catch (error) {
		return { outcome: 'fail', title, ms: Date.now() - started, reason: error.message };
	}
}

/** Runs every scenario; returns results as test/e2e/run.js prints them: `{ outcome, title, ms?, note?, reason? }`. */
async function runAgentCases(line, log = console.log) {
	const n8n = await local.ensureN8n(line, log);
	const sandbox = createSandbox({
		port: 0,
		quiet: true,
		faults: [],
		timings: { taskPendingMs: 300, taskProcessingMs: 1200, syncDelayMs: 50 },
	});
	const context = {};
	const fake = fakeOpenAi(context);
	const { apiUrl } = await sandbox.start();
	const openAiUrl = await fake.start();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-e2e-agent-'));
	const env = local.n8nEnv(n8n, userFolder, {
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		N8N_RUNNERS_BROKER_PORT: String(await local.freePort()),
	});
	try {
		context.uploadedAudioUrl = await uploadAudio(apiUrl, sandbox.options.apiKey);
		const workflows = await prepare(
			n8n,
			env,
			userFolder,
			apiUrl,
			sandbox.options.apiKey,
			openAiUrl,
		);
		const results = [];
		for (const [index, name] of Object.keys(SCENARIOS).entries()) {
			results.push(await runOne(n8n, env, name, workflows[index].id, fake, sandbox));
		}
		return results;
	} catch (error) {
		return [{ outcome: 'fail', title: 'AI Agent with the Vocu Tool', reason: error.message }];
	} finally {
		await fake.stop();
		await sandbox.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { runAgentCases };

if (require.main === module) {
	const line = Number(
		(process.argv.find((arg) => arg.startsWith('--n8n=')) ?? '--n8n=1').slice('--n8n='.length),
	);
	runAgentCases(line).then((results) => {
		for (const result of results) {
			console.log(
				`${result.outcome === 'pass' ? 'PASS' : 'FAIL'} ${result.title}\n    ${result.note ?? result.reason}`,
			);
		}
		process.exitCode = results.every((result) => result.outcome === 'pass') ? 0 : 1;
	});
}
