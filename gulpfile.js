const { src, dest } = require('gulp');

// tsc compiles the TypeScript; icons and the node's codex file are copied next to the compiled files.
function buildAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildAssets;
