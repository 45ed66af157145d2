import { NodeOperationError } from 'n8n-workflow';

import type { PreSendHook } from './hooks';
import { isAllowedBaseUrl, refusedBaseUrlError } from '../transport/baseUrl';
import { encodePathId } from '../constants';
import { SAFE_ID } from '../validation';

/** Placeholders in API paths (`:voiceId`) are node parameters of the same name. */
const PATH_PARAMETER = /:([A-Za-z]+)/g;

const FIELD_LABELS: Record<string, string> = {
	voiceId: 'Voice',
	styleId: 'Style',
	taskId: 'Task ID',
	templateId: 'Template',
	uploadId: 'Upload ID',
	splitterId: 'Splitter',
};

/**
 * First preSend of every operation: refuses a rejected custom base URL, fills `:name` placeholders in the URL
 * from the node parameter `name` (resource locators give their value), checked and URL-encoded.
 */
export const fillPathParameters: PreSendHook = async function (requestOptions) {
	const itemIndex = this.getItemIndex();
	if (!isAllowedBaseUrl(requestOptions.baseURL))
		throw refusedBaseUrlError(this.getNode(), itemIndex);
	requestOptions.url = requestOptions.url.replace(PATH_PARAMETER, (_match, name: string) => {
		const raw = this.getNodeParameter(name, '', { extractValue: true });
		const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
		const label = FIELD_LABELS[name] ?? name;
		if (!value) {
			throw new NodeOperationError(this.getNode(), `'${label}' is empty [item ${itemIndex}]`, {
				description: `Choose a value for '${label}', or check the expression that sets it.`,
				itemIndex,
			});
		}
		if (!SAFE_ID.test(value)) {
			throw new NodeOperationError(
				this.getNode(),
				`'${label}' is not a valid Vocu ID [item ${itemIndex}]`,
				{
					description: `Got '${value.slice(0, 80)}'. Vocu IDs look like 3f2b…-…-… (a UUID) or market:<uuid>.`,
					itemIndex,
				},
			);
		}
		return encodePathId(value);
	});
	return requestOptions;
};
