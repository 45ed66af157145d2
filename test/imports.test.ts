/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * No import cycle under nodes/ or credentials/ (what `npx madge --circular` checks), type-only imports
 * included: a cycle makes load order matter and ties every module in it to every other.
 */
const ROOTS = ['nodes', 'credentials'].map((dir) => resolve(__dirname, '..', dir));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

/** The relative modules a file imports or re-exports, resolved to files. */
export function importsOf(file: string, source = readFileSync(file, 'utf8')): string[] {
	const specifiers = [
		...source.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g),
		...source.matchAll(/import\s+'(\.[^']+)'/g),
	].map((match) => match[1]);
	return specifiers.flatMap((specifier) => {
		const base = resolve(dirname(file), specifier);
		const found = [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
		return found ? [found] : [];
	});
}

/** Every cycle found by a depth-first walk, as file paths relative to the repository. */
export function cyclesIn(graph: Map<string, string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	const root = resolve(__dirname, '..');
	return cycles.map((cycle) => cycle.map((file) => relative(root, file)));
}

describe('imports', () => {
	it('form no cycle in the package code', () => {
		const files = ROOTS.flatMap(sourceFiles);
		const graph = new Map(files.map((file) => [file, importsOf(file)]));
		expect(files.length).toBeGreaterThan(50);
		expect(cyclesIn(graph)).toEqual([]);
	});

	it('the check finds a cycle, type-only imports included', () => {
		const graph = new Map([
			['/a.ts', ['/b.ts']],
			['/b.ts', ['/c.ts']],
			['/c.ts', ['/a.ts']],
		]);
		expect(cyclesIn(graph)).toHaveLength(1);
		const file = resolve(__dirname, '../nodes/Vocu/Vocu.node.ts');
		const found = importsOf(
			file,
			"import type { X } from './shared/tool';\nimport {\n\tY,\n} from './shared/constants';",
		);
		expect(found.map((path) => relative(dirname(file), path))).toEqual([
			'shared/tool.ts',
			'shared/constants.ts',
		]);
	});
});
