'use strict';
// Issue 9, package: runtime dependencies, packed size, and the time to require the built node module.
// Run after `npm run build`: node bench/package.js
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const manifest = require(path.join(root, 'package.json'));
const [pack] = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	}),
);
const times = [];
for (let i = 0; i < 7; i++) {
	// A fresh process each time: n8n requires the module once, cold.
	const out = execFileSync(
		process.execPath,
		[
			'-e',
			`require('n8n-workflow'); const t = process.hrtime.bigint(); require(${JSON.stringify(path.join(root, 'dist/nodes/Vocu/Vocu.node.js'))}); require(${JSON.stringify(path.join(root, 'dist/credentials/VocuApi.credentials.js'))}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`,
		],
		{ cwd: root, encoding: 'utf8' },
	);
	times.push(Number(out.trim()));
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log('| Measure | Value | Target |');
console.log('|---|---|---|');
console.log(`| Runtime dependencies | ${Object.keys(manifest.dependencies ?? {}).length} | 0 |`);
console.log(
	`| Packed tarball | ${(pack.size / 1024).toFixed(1)} KB (${pack.entryCount} files) | ≤ 80 KB |`,
);
console.log(
	`| Require node + credential (median of 7, n8n-workflow loaded first, as in n8n) | ${median.toFixed(1)} ms | ≤ 50 ms |`,
);
