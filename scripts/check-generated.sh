#!/usr/bin/env bash
# Regenerates payload-types.ts and the admin import map; fails if either differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
generated=(payload-types.ts 'src/app/(payload)/admin/importMap.js')
npm run --silent generate:types >/dev/null
npm run --silent generate:importmap >/dev/null
if ! git diff --quiet -- "${generated[@]}"; then
  git --no-pager diff --stat -- "${generated[@]}"
  echo "Generated files are stale: run 'npm run generate:types && npm run generate:importmap' and commit the result." >&2
  exit 1
fi
echo "payload-types.ts and importMap.js are up to date."
