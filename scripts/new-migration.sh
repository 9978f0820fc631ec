#!/usr/bin/env bash
# Authors a migration from the change in prisma/schema.prisma.
# `prisma migrate dev` cannot run on this stack (no shadow database with the
# WebAssembly engine; see docs/decisions/001-prisma-6-wasm-engine.md), so:
# deploy the committed migrations to a scratch file, pull its schema, diff that
# against schema.prisma, write the SQL, then deploy again and prove no drift.
set -euo pipefail
name="${1:?usage: npm run db:migration -- <name>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export DATABASE_URL="file:$scratch/scratch.db"

# Pull against a schema holding only the generator and datasource: given the
# real one, re-introspection copies its enum types onto the columns but writes
# their defaults as quoted strings, which does not parse. An enum is TEXT on
# SQLite, so the pulled String columns diff as equal. Partial indexes
# (hand-written, docs/decisions/013-prisma-enums.md) are not introspected.
sed -n '/^generator /,/^}/p;/^datasource /,/^}/p' prisma/schema.prisma > "$scratch/bare.prisma"

# FTS5 virtual tables (and their shadow tables) are hand-written SQL that
# Prisma cannot model: drop them from the pulled schema before diffing.
pull_schema() {
  npx prisma db pull --print --schema "$scratch/bare.prisma" 2>/dev/null | sed -n '/^generator /,$p' |
    awk '/^model [A-Za-z]+Search(_[a-z]+)? \{/ {skip=1} !skip {print} skip && /^}/ {skip=0}'
}

migrations_exist=false
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1; then migrations_exist=true; fi

if $migrations_exist; then
  npx prisma migrate deploy >/dev/null 2>&1
  pull_schema > "$scratch/pulled.prisma"
  from=(--from-schema-datamodel "$scratch/pulled.prisma")
else
  from=(--from-empty)
fi

stamp="$(date -u +%Y%m%d%H%M%S)"
dir="prisma/migrations/${stamp}_${name}"
mkdir -p "$dir"
set +e
npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script --exit-code -o "$dir/migration.sql" 2>/dev/null
code=$?
set -e
if [ "$code" -eq 0 ]; then
  rm -rf "$dir"
  echo "No changes in prisma/schema.prisma: no migration written."
  exit 0
elif [ "$code" -ne 2 ]; then
  rm -rf "$dir"
  echo "prisma migrate diff failed (exit $code)" >&2
  exit "$code"
fi
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml

# Prove the new migration leaves no drift.
npx prisma migrate deploy >/dev/null 2>&1
pull_schema > "$scratch/after.prisma"
if ! npx prisma migrate diff --from-schema-datamodel "$scratch/after.prisma" --to-schema-datamodel prisma/schema.prisma --exit-code >/dev/null 2>&1; then
  echo "Drift remains after $dir: check the SQL by hand." >&2
  exit 1
fi
echo "Wrote $dir/migration.sql"
