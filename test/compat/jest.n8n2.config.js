// Runs the whole jest suite against n8n 2.x's n8n-workflow and n8n-core (installed by scripts/test-n8n2.sh).
const path = require('node:path');
const base = require('../../jest.config.js');

const modules = path.resolve(__dirname, '../../.compat/n8n2/node_modules');

module.exports = {
	...base,
	rootDir: path.resolve(__dirname, '../..'),
	moduleNameMapper: {
		'^n8n-workflow$': `${modules}/n8n-workflow`,
		'^n8n-core$': `${modules}/n8n-core`,
		'^@n8n/di$': `${modules}/@n8n/di`,
	},
};
