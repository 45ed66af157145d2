/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * n8n-core reads its settings folder and binary-data mode from the environment when its services are first
 * created, so this module must be imported before anything from n8n-core. Each test process gets its own folder.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'vocu-n8n-test-'));
process.env.N8N_USER_FOLDER ??= folder;
process.env.N8N_ENCRYPTION_KEY ??= 'vocu-test-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_LOG_LEVEL ??= 'silent';

export const testUserFolder = process.env.N8N_USER_FOLDER;
