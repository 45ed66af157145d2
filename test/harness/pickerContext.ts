import './environment';

import { LoadOptionsContext } from 'n8n-core';
import type { INodeParameters } from 'n8n-workflow';

import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { executionAdditionalData, nodeTypesFor, vocuNodeFor, workflowFor } from './n8nWorkflow';
import { NODE_TYPE, vocuCredentials } from './runNode';

/**
 * The context the n8n editor gives a listSearch or loadOptions method: n8n-core's real LoadOptionsContext, with
 * the node's credential pointing at `baseUrl` and the node's current `parameters`; `path` is the field asking.
 */
export function pickerContext(
	baseUrl: string,
	parameters: INodeParameters,
	path: string,
): LoadOptionsContext {
	const node = vocuNodeFor(NODE_TYPE, 'Vocu', parameters, { id: 'picker' });
	const workflow = workflowFor(
		{ id: 'test', nodes: [node], connections: {} },
		nodeTypesFor({ [NODE_TYPE]: new Vocu() }),
	);
	const additionalData = executionAdditionalData(vocuCredentials(baseUrl), {
		currentNodeParameters: parameters,
	});
	return new LoadOptionsContext(workflow, node, additionalData, path);
}
