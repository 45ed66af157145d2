/** The values of the node's Resource dropdown. */
export type ResourceName =
	'account' | 'audio' | 'file' | 'preset' | 'speech' | 'splitter' | 'task' | 'template' | 'voice';

/**
 * A `resource.operation` of the node. The operation part is plain text so that shared/ never imports
 * resources/ (deriving it from each resource's list made every resource part of one import cycle);
 * test/shared/routing/operationKeys.test.ts checks that every key written in the code names an operation.
 */
export type OperationKey = `${ResourceName}.${string}`;
