#!/usr/bin/env node
'use strict';
// n8n's community-package scanner (@n8n/scan-community-package, a pinned devDependency) run on a package folder
// the way n8n runs it on a published package: its own rule set (its exported `analyzePackage` and its
// `SOURCE_FILE_PATTERNS`, not a copy of its ESLint config), on two legs:
//   source   the folder itself: package.json and {nodes,credentials}/**/*.{js,ts,json}
//   tarball  what `npm pack` makes of the folder, unpacked: **/*.js and package.json
// Bumping the scanner devDependency brings its new rules in. What this cannot check without a real publish:
// npm provenance and the source download from GitHub (see docs/verification.md).
//
//   node scripts/scan.js [packageDir]      # default: this repository (needs a built dist/: npm run build)
// Exit code 0 when both legs pass, 1 otherwise. Used by `npm run scan` (CI) and test/scan/scan.test.ts.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SCANNER = '@n8n/scan-community-package/scanner/scanner.mjs';
// The file set the scanner's CLI gives its tarball leg (scanner.mjs, analyzePackageByName; not exported).
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

function sh(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr || result.stdout}`,
		);
	}
	return result.stdout;
}

/** `npm pack` of the folder (no lifecycle scripts), unpacked into a fresh temp folder; returns that folder. */
function packAndUnpack(packageDir, workDir) {
	const packed = JSON.parse(
		sh(
			'npm',
			[
				'pack',
				packageDir,
				'--json',
				'--ignore-scripts',
				'--pack-destination',
				workDir,
				'--loglevel=error',
			],
			workDir,
		),
	);
	const tarball = path.join(workDir, packed[0].filename);
	const unpacked = path.join(workDir, 'package');
	fs.mkdirSync(unpacked);
	sh('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], workDir);
	return unpacked;
}

/** The node and credential files package.json registers must be in the tarball, or its scan proves nothing. */
function missingRegisteredFiles(unpacked) {
	const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
	const registered = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
	if (!registered.length) return ['(package.json lists no n8n.nodes / n8n.credentials)'];
	return registered.filter((file) => !fs.existsSync(path.join(unpacked, file)));
}

/** The scanner's own glob (fast-glob, a dependency of the scanner), with the scanner's ignores. */
function countFiles(dir, patterns) {
	const scannerRoot = path.dirname(require.resolve('@n8n/scan-community-package/package.json'));
	const glob = require(require.resolve('fast-glob', { paths: [scannerRoot] }));
	return glob.sync(patterns, { cwd: dir, ignore: ['node_modules/**', '**/package-lock.json'] })
		.length;
}

async function runLeg(analyzePackage, name, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	// The scanner passes a leg that matched no files at all; a scan of nothing is a failure here.
	const passed = result.passed && !result.message;
	return {
		name,
		patterns,
		files: countFiles(dir, patterns),
		passed,
		message: result.message,
		details: result.details,
	};
}

/** Scans one package folder on both legs; resolves `{ passed, legs: [{ name, passed, message, details }] }`. */
async function scanPackage(packageDir) {
	// eslint-plugin-n8n-nodes-base treats NODE_ENV=test as its own test run (every file is then "Test.node.ts", a
	// trigger and a credential) and reports nonsense; jest sets it. The scanner must see real file names.
	if (process.env.NODE_ENV === 'test') delete process.env.NODE_ENV;
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(SCANNER);
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-scan-'));
	try {
		const legs = [await runLeg(analyzePackage, 'source', packageDir, SOURCE_FILE_PATTERNS)];
		const unpacked = packAndUnpack(packageDir, workDir);
		const missing = missingRegisteredFiles(unpacked);
		if (missing.length) {
			legs.push({
				name: 'tarball',
				patterns: TARBALL_PATTERNS,
				passed: false,
				message: `the packed package lacks ${missing.join(', ')} (build first: npm run build)`,
			});
		} else {
			legs.push(await runLeg(analyzePackage, 'tarball', unpacked, TARBALL_PATTERNS));
		}
		return { passed: legs.every((leg) => leg.passed), legs };
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}

function report({ legs }) {
	for (const leg of legs) {
		const scope = `${leg.patterns.join(', ')}${leg.files === undefined ? '' : `: ${leg.files} files`}`;
		console.log(`== scanner ${leg.name} leg (${scope}): ${leg.passed ? 'passed' : 'FAILED'}`);
		if (!leg.passed) console.log(leg.message ?? 'no files matched');
		if (leg.details) console.log(leg.details);
	}
}

async function main() {
	const packageDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
	const scannerVersion = require('@n8n/scan-community-package/package.json').version;
	console.log(`n8n community-package scanner ${scannerVersion} on ${packageDir}`);
	const result = await scanPackage(packageDir);
	report(result);
	process.exitCode = result.passed ? 0 : 1;
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exitCode = 1;
	});
}

module.exports = { scanPackage };
