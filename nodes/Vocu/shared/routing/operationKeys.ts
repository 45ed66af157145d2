import type { accountOperations } from '../../resources/account';
import type { audioOperations } from '../../resources/audio';
import type { fileOperations } from '../../resources/file';
import type { presetOperations } from '../../resources/preset';
import type { speechOperations } from '../../resources/speech';
import type { splitterOperations } from '../../resources/splitter';
import type { taskOperations } from '../../resources/task';
import type { templateOperations } from '../../resources/template';
import type { voiceOperations } from '../../resources/voice';

type KeysOf<Resource extends string, Operations> = `${Resource}.${keyof Operations & string}`;

/**
 * Every `resource.operation` of the node, derived from each resource's list of operations, so a key that names no
 * operation (a typo, a removed operation) fails the type-check. A new operation needs no change here; a new
 * resource adds one line.
 */
export type OperationKey =
	| KeysOf<'account', typeof accountOperations>
	| KeysOf<'audio', typeof audioOperations>
	| KeysOf<'file', typeof fileOperations>
	| KeysOf<'preset', typeof presetOperations>
	| KeysOf<'speech', typeof speechOperations>
	| KeysOf<'splitter', typeof splitterOperations>
	| KeysOf<'task', typeof taskOperations>
	| KeysOf<'template', typeof templateOperations>
	| KeysOf<'voice', typeof voiceOperations>;
