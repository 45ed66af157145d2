/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
// The size rules of the code layout (README "Code layout"): no source file under nodes/ or credentials/ over 250
// lines, no function over 60 lines, and no comment that points outside this repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO = path.resolve(__dirname, '..');
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

function allFiles(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : allFiles(full);
		return [full];
	});
}

const files = ['nodes', 'credentials'].flatMap((dir) => sourceFiles(path.join(REPO, dir)));

function lineCount(text: string): number {
	return text.replace(/\n$/, '').split('\n').length;
}

interface FunctionSpan {
	name: string;
	lines: number;
}

function functionSpans(file: string): FunctionSpan[] {
	const text = fs.readFileSync(file, 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const spans: FunctionSpan[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
			const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
			const name = node.name ? node.name.getText(source) : `<anonymous at line ${start + 1}>`;
			spans.push({ name, lines: end - start + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return spans;
}

describe('code layout limits', () => {
	it('finds the source files', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(files.some((f) => f.endsWith('Vocu.node.ts'))).toBe(true);
	});

	it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
		const tooLong = files
			.map((file) => ({
				file: path.relative(REPO, file),
				lines: lineCount(fs.readFileSync(file, 'utf8')),
			}))
			.filter(({ lines }) => lines > MAX_FILE_LINES);
		expect(tooLong).toEqual([]);
	});

	it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
		const tooLong = files.flatMap((file) =>
			functionSpans(file)
				.filter(({ lines }) => lines > MAX_FUNCTION_LINES)
				.map((span) => `${path.relative(REPO, file)}: ${span.name} (${span.lines} lines)`),
		);
		expect(tooLong).toEqual([]);
	});

	it('has no comment or doc that points at files outside the repository', () => {
		const tracked = ['nodes', 'credentials', 'sandbox', 'scripts', 'bench', 'test', 'docs']
			.flatMap((dir) => allFiles(path.join(REPO, dir)))
			.concat(['README.md', 'CHANGELOG.md', 'RELEASING.md'].map((name) => path.join(REPO, name)))
			.filter(
				(file) => /\.(ts|js|md|sh)$/.test(file) && file !== __filename && fs.existsSync(file),
			);
		const outside = /vocu-api\.md|vocu-fixtures|N8N-NOTES|STYLE\.md|\/work\/shared/;
		const offenders = tracked.filter((file) => outside.test(fs.readFileSync(file, 'utf8')));
		expect(offenders.map((file) => path.relative(REPO, file))).toEqual([]);
	});
});
