#!/usr/bin/env bash
# `npm start`: try this node in a real n8n on this machine, from a fresh clone.
#   1. installs this repo's dev dependencies when needed (npm ci) and builds the package
#   2. scripts/start.js: installs a pinned n8n once (cached in .n8n-local/), installs the packed package into
#      n8n's community-nodes folder, creates a Vocu credential (VOCU_API_KEY, or the local sandbox when unset),
#      imports example workflows and starts n8n at http://localhost:5678
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing dev dependencies (npm ci) …"
	npm ci --no-audit --no-fund
fi
echo "Building the package …"
npm run build --silent
exec node scripts/start.js "$@"
