#!/usr/bin/env bash
# A longer property-based fuzzing run over the whole API, as every role (the test suite runs 8 examples
# per operation; this runs ${KEPU_FUZZ_EXAMPLES:-200}).
set -euo pipefail
cd "$(dirname "$0")/.."
export KEPU_FUZZ_EXAMPLES="${KEPU_FUZZ_EXAMPLES:-200}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kepu}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/15}"
export KEPU_FUZZ_REPORT="${KEPU_FUZZ_REPORT:-$(mktemp -t kepu-fuzz-XXXXXX.json)}"
status=0
.venv/bin/pytest -c backend/pyproject.toml tests/security/test_security_fuzz.py -p no:logging "$@" || status=$?
echo "Figures of this run (cases sent, answers by class, operations, cases failing a check):"
cat "$KEPU_FUZZ_REPORT"; echo
exit "$status"
