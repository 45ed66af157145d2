import type { IDataObject } from 'n8n-workflow';

import type { PostReceiveHook } from '../../shared/routing/hooks';
import { API_PATHS } from '../../shared/constants';
import { operation, type VocuOperation } from '../../shared/routing/operation';

/**
 * Account info sits under `user`. Vocu's docs disagree on the credit fields (`credits`, or `credit` +
 * `bonusCredit` with `credits` a deprecated alias), so `availableCredits` adds up whichever is present.
 */
export const unwrapAccount: PostReceiveHook = async function (_items, response) {
	const body = response.body as IDataObject;
	const user = ((body.user ?? body.data ?? {}) as IDataObject) ?? {};
	const paid = typeof user.credit === 'number' ? user.credit : undefined;
	const bonus = typeof user.bonusCredit === 'number' ? user.bonusCredit : undefined;
	const availableCredits =
		paid !== undefined || bonus !== undefined
			? (paid ?? 0) + (bonus ?? 0)
			: (user.credits as number | undefined);
	return [{ json: { ...user, ...(availableCredits !== undefined ? { availableCredits } : {}) } }];
};

export const get: VocuOperation = operation({
	name: 'Get',
	action: 'Get account information',
	description: 'Get the account name, remaining credits, plan and concurrency quota',
	method: 'GET',
	path: API_PATHS.accountInfo,
	postReceive: [unwrapAccount],
});
