'use strict';
// Loads the project's TypeScript (test harness, nodes) the way jest does: transpiled, `.ts` preferred for our
// files. For the benchmarks that drive the node through n8n-core's real execution code (dev tooling; not shipped).
const fs = require('node:fs');
const path = require('node:path');

function registerTypeScript() {
	const ts = require('typescript');
	const Module = require('node:module');
	const resolve = Module._resolveFilename;
	// `./Vocu.node` must be Vocu.node.ts, not the Vocu.node.json codex file next to it.
	Module._resolveFilename = function (request, parent, ...rest) {
		if (request.startsWith('.') && parent?.filename && !parent.filename.includes('node_modules')) {
			const candidate = path.resolve(path.dirname(parent.filename), `${request}.ts`);
			if (fs.existsSync(candidate)) return candidate;
		}
		return resolve.call(this, request, parent, ...rest);
	};
	require.extensions['.ts'] = (module, filename) => {
		const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
			fileName: filename,
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2021,
				esModuleInterop: true,
				resolveJsonModule: true,
			},
		});
		module._compile(outputText, filename);
	};
}

module.exports = { registerTypeScript };
