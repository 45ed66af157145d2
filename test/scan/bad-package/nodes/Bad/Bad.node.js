'use strict';
// Test fixture, never run: node code that breaks n8n's scanner rules (globals setTimeout and process, console,
// a file-system import). test/scan/scan.test.ts expects the scanner's source and tarball legs to report them.
const fs = require('fs');

class Bad {
	constructor() {
		this.description = {
			displayName: 'Bad',
			name: 'bad',
			group: ['transform'],
			version: 1,
			description: 'Scanner fixture',
			defaults: { name: 'Bad' },
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		};
	}

	async execute() {
		console.log('reading', process.env.SECRET_PATH);
		await new Promise((resolve) => setTimeout(resolve, 10));
		return [[{ json: { file: fs.readFileSync('/etc/hostname', 'utf8') } }]];
	}
}

module.exports = { Bad };
