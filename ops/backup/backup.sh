#!/usr/bin/env bash
# Back up the Aprende database.
#   ops/backup/backup.sh [DEST_DIR]        (default: ./backups)
# With mongodump installed (MongoDB Database Tools): a gzipped archive, point-in-time when MONGODB_URI names a
# replica set and BACKUP_OPLOG=1 (whole-instance dump with --oplog). Without it: ./tutor backup (extended JSON).
# Reads MONGODB_URI and MONGODB_DATABASE like the bot; keeps the newest BACKUP_KEEP archives (default 30).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${1:-./backups}"
DB="${MONGODB_DATABASE:-aprende}"
KEEP="${BACKUP_KEEP:-30}"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$DEST"

if command -v mongodump >/dev/null 2>&1 && [ -n "${MONGODB_URI:-}" ]; then
  ARCHIVE="$DEST/aprende-$STAMP.archive.gz"
  if [ "${BACKUP_OPLOG:-0}" = "1" ]; then
    # --oplog needs the whole instance (no --db): restores to one consistent moment.
    mongodump --uri="$MONGODB_URI" --oplog --gzip --archive="$ARCHIVE"
  else
    mongodump --uri="$MONGODB_URI" --db="$DB" --gzip --archive="$ARCHIVE"
  fi
  echo "Backup written to $ARCHIVE"
  # Retention: keep the newest $KEEP archives.
  ls -1t "$DEST"/aprende-*.archive.gz 2>/dev/null | tail -n +"$((KEEP + 1))" | xargs -r rm -f --
else
  echo "mongodump not found or MONGODB_URI empty: using ./tutor backup (MongoDB driver, extended JSON)." >&2
  "$ROOT/tutor" backup "$DEST/aprende-$STAMP"
  ls -1dt "$DEST"/aprende-*/ 2>/dev/null | tail -n +"$((KEEP + 1))" | xargs -r rm -rf --
fi
