import type { IDataObject } from 'n8n-workflow';

/** The three preset names the generation endpoints document; Vocu's preset list holds versioned keys instead. */
export const DOCUMENTED_PRESETS: Array<{ key: string; name: string; description: string }> = [
	{
		key: 'balance',
		name: 'Balance',
		description: "Vocu's default: balanced between expressiveness and stability",
	},
	{ key: 'creative', name: 'Creative', description: 'More expressive and varied' },
	{ key: 'stable', name: 'Stable', description: 'More even and predictable' },
];

const titleCase = (word: string) => (word ? word[0].toUpperCase() + word.slice(1) : word);

/**
 * A readable label for a preset key. Vocu's `i18n_name` is a translation key for its own app, not text, so the
 * label is built from the key: `v3_balance_pro` → "v3 Balance (Pro)", `v2_balance` → "v2 Balance".
 */
export function presetLabel(key: string): string {
	const documented = DOCUMENTED_PRESETS.find((preset) => preset.key === key);
	if (documented) return documented.name;
	const words = key.split(/[_-]+/).filter(Boolean);
	const version = words[0] && /^v\d+$/i.test(words[0]) ? words.shift()!.toLowerCase() : undefined;
	const pro =
		words.length > 1 && words[words.length - 1].toLowerCase() === 'pro' ? words.pop() : undefined;
	const name = words.map(titleCase).join(' ');
	return [version, name || key, pro ? '(Pro)' : undefined].filter(Boolean).join(' ');
}

/** A readable description: which voices the key is for, and its sampling numbers (`config`). */
export function presetDescription(preset: IDataObject): string {
	const key = String(preset.key ?? '');
	const version = /^v(\d+)_/i.exec(key)?.[1];
	const pro = /_pro$/i.test(key);
	const audience = version
		? `For v${version}.0 voices${pro ? ' (professional clones)' : ''}`
		: (DOCUMENTED_PRESETS.find((item) => item.key === key)?.description ?? 'Vocu preset');
	const config =
		preset.config && typeof preset.config === 'object' ? (preset.config as IDataObject) : {};
	const numbers = ['temperature', 'top_k', 'top_p']
		.filter((name) => typeof config[name] === 'number')
		.map((name) => `${name} ${String(config[name])}`);
	return numbers.length ? `${audience}: ${numbers.join(', ')}` : audience;
}
