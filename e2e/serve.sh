#!/usr/bin/env bash
# Fresh database from the real migrations, a production build, then the server.
set -euo pipefail
db="${DATABASE_URL#file:}"
rm -f "$db" "$db-wal" "$db-shm"
mkdir -p "$(dirname "$db")"
npx prisma migrate deploy >/dev/null 2>&1
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx remix vite:build >/dev/null; fi
exec node server.js
