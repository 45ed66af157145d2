#!/usr/bin/env node
'use strict';
// Checks that every workflow in examples/ imports into real n8n 1.123 with this package installed
// (run through `npm run check:examples`; needs a built dist/). No jest: prints `N passed, N failed`.
//
//   node scripts/check-examples.js [--keep]    # --keep leaves the temporary n8n user folder in place
// The n8n install is cached in $VOCU_N8N_CACHE (default .n8n-local/), as for `npm run test:e2e`.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const local = require('./n8n-local');

const EXAMPLES = path.join(local.REPO, 'examples');
const CREDENTIAL = { id: 'vocuExampleCred', name: 'Vocu account' };

function tail(text, lines = 10) {
	return String(text ?? '')
		.trim()
		.split('\n')
		.slice(-lines)
		.join('\n');
}

/** What an example must look like before it is worth importing. */
function shapeProblems(workflow) {
	const problems = [];
	if (typeof workflow.name !== 'string' || !workflow.name) problems.push('no "name"');
	if (!Array.isArray(workflow.nodes) || !workflow.nodes.length) problems.push('no "nodes"');
	if (!workflow.connections || typeof workflow.connections !== 'object')
		problems.push('no "connections"');
	if (!workflow.settings || typeof workflow.settings !== 'object') problems.push('no "settings"');
	const names = new Set((workflow.nodes ?? []).map((node) => node.name));
	for (const [from, outputs] of Object.entries(workflow.connections ?? {})) {
		if (!names.has(from)) problems.push(`connection from unknown node "${from}"`);
		for (const targets of Object.values(outputs).flat(2)) {
			if (targets && !names.has(targets.node))
				problems.push(`connection to unknown node "${targets.node}"`);
		}
	}
	const vocuNodes = (workflow.nodes ?? []).filter((node) =>
		String(node.type).startsWith(`${local.PACKAGE_NAME}.`),
	);
	if (!vocuNodes.length) problems.push('no Vocu node');
	for (const node of vocuNodes) {
		if (!node.credentials?.vocuApi)
			problems.push(`Vocu node "${node.name}" has no vocuApi credential`);
	}
	return problems;
}

async function main() {
	const keep = process.argv.includes('--keep');
	const files = fs
		.readdirSync(EXAMPLES)
		.filter((name) => name.endsWith('.json'))
		.sort();
	if (!files.length) throw new Error(`No workflows in ${EXAMPLES}`);
	const n8n = await local.ensureN8n(1);
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-examples-'));
	const env = local.n8nEnv(n8n, userFolder);
	let passed = 0;
	let failed = 0;
	try {
		const tarball = await local.packPackage(path.join(userFolder, 'pack'));
		const installed = await local.installPackage(userFolder, tarball);
		console.log(
			`n8n ${n8n.version}, ${local.PACKAGE_NAME}@${installed.version} installed in ${userFolder}`,
		);
		await local.importCredentials(n8n, env, userFolder, [
			local.vocuCredential({ ...CREDENTIAL, apiKey: 'sk-example', baseUrl: 'http://127.0.0.1:9' }),
		]);

		for (const file of files) {
			const source = path.join(EXAMPLES, file);
			let reason;
			try {
				const problems = shapeProblems(JSON.parse(fs.readFileSync(source, 'utf8')));
				if (problems.length) {
					reason = problems.join('; ');
				} else {
					const [prepared] = local.prepareWorkflows(
						[source],
						path.join(userFolder, 'import', 'workflows'),
						CREDENTIAL,
					);
					const result = await local.n8nCli(n8n, env, [
						'import:workflow',
						`--input=${prepared.target}`,
					]);
					if (result.code !== 0 || !/Successfully imported/i.test(result.stdout + result.stderr)) {
						reason = `n8n import:workflow failed (exit ${result.code}):\n${tail(result.stdout + result.stderr)}`;
					}
				}
			} catch (error) {
				reason = error.message;
			}
			if (reason) failed += 1;
			else passed += 1;
			console.log(
				`${reason ? '  FAIL' : '  PASS'}  examples/${file}${reason ? `\n    ${reason.replace(/\n/g, '\n    ')}` : ''}`,
			);
		}
	} finally {
		if (keep) console.log(`kept ${userFolder}`);
		else fs.rmSync(userFolder, { recursive: true, force: true });
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error.stack || error.message);
	process.exitCode = 1;
});
