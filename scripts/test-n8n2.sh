#!/usr/bin/env bash
# Compatibility check against n8n 2.x: type-checks the node and credential against n8n-workflow 2.x and runs
# the jest suite with n8n-core/n8n-workflow 2.x in place of the 1.x pair we develop with.
set -euo pipefail
cd "$(dirname "$0")/.."
N8N_WORKFLOW_2=2.41.0
N8N_CORE_2=2.41.1
dir=.compat/n8n2
if [ "$(node -p "try{require('./$dir/node_modules/n8n-core/package.json').version}catch{''}")" != "$N8N_CORE_2" ]; then
	mkdir -p "$dir"
	echo '{ "name": "vocu-compat-n8n2", "private": true }' > "$dir/package.json"
	# --ignore-scripts: n8n 2.x pulls native modules (isolated-vm 7) that need Node 24 to build; the
	# expression engine the tests use does not need them.
	npm install --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error \
		"n8n-workflow@$N8N_WORKFLOW_2" "n8n-core@$N8N_CORE_2"
fi
echo "Type-checking against n8n-workflow $N8N_WORKFLOW_2"
npx tsc -p test/compat/tsconfig.n8n2.json
echo "Running the tests with n8n-core $N8N_CORE_2 / n8n-workflow $N8N_WORKFLOW_2"
npx jest -c test/compat/jest.n8n2.config.js "$@"
