#!/usr/bin/env bash
# Restore an Aprende backup made by backup.sh.
#   ops/backup/restore.sh BACKUP [--replace]
# BACKUP is an .archive.gz (mongorestore) or a folder with manifest.json (./tutor restore).
# Without --replace the restore refuses to touch collections that hold data. Stop the bots first
# (kubectl -n aprende scale deploy/aprende-bot --replicas=0) so nothing writes during the restore.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="${1:?usage: restore.sh BACKUP [--replace]}"
REPLACE="${2:-}"
DB="${MONGODB_DATABASE:-aprende}"

if [ -f "$SRC" ]; then
  command -v mongorestore >/dev/null 2>&1 || { echo "mongorestore is needed for $SRC (MongoDB Database Tools)." >&2; exit 1; }
  : "${MONGODB_URI:?set MONGODB_URI to the replica set to restore into}"
  ARGS=(--uri="$MONGODB_URI" --gzip --archive="$SRC" --nsInclude="$DB.*")
  [ "$REPLACE" = "--replace" ] && ARGS+=(--drop)
  # An --oplog dump restores to its consistent moment.
  if mongorestore --help 2>/dev/null | grep -q -- --oplogReplay && [ "${BACKUP_OPLOG:-0}" = "1" ]; then
    ARGS+=(--oplogReplay)
  fi
  mongorestore "${ARGS[@]}"
elif [ -f "$SRC/manifest.json" ]; then
  "$ROOT/tutor" restore "$SRC" ${REPLACE:+"$REPLACE"}
else
  echo "$SRC is neither a mongodump archive nor a ./tutor backup folder (no manifest.json)." >&2
  exit 2
fi
echo "Restore finished. Start the bots again and check /observe/health."
