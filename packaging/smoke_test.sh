#!/usr/bin/env bash
# Smoke test of the frozen one-folder bundle, headless (QT_QPA_PLATFORM=offscreen).
#
#   bash packaging/smoke_test.sh [dist/SledPlanner]
#
# Runs the bundled executable, never the venv: --version, demo into a temporary folder,
# check --db, an iCalendar export, a screenshot of each tab (equipment, programme, progress),
# and the window for 8 seconds. Exits non-zero when a step fails, prints a traceback, or a PNG is missing or empty.
# Set SMOKE_KEEP=FOLDER to keep the PNGs there.
set -euo pipefail

BUNDLE=$(cd "${1:-dist/SledPlanner}" && pwd)
EXE="$BUNDLE/SledPlanner"
[[ -x "$EXE" ]] || { echo "FAIL: no executable $EXE (run make dist)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sledplanner-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/demo.json"
KEEP=""
if [[ -n "${SMOKE_KEEP:-}" ]]; then mkdir -p "$SMOKE_KEEP" && KEEP=$(cd "$SMOKE_KEEP" && pwd); fi

# Headless, and nothing read from or written to the user's own folders or Python.
export QT_QPA_PLATFORM=offscreen
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
export XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset PYTHONPATH PYTHONHOME PYQTGRAPH_QT_LIB QT_API QT_PLUGIN_PATH
cd "$WORK"

echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Files the frozen app looks up at run time.
INTERNAL="$BUNDLE/_internal"
[[ -d "$INTERNAL" ]] || INTERNAL="$BUNDLE"
for file in sledplanner/resources/data/catalogue.json sledplanner/resources/data/templates.json \
            sledplanner/resources/icons/sledplanner.svg; do
  [[ -s "$INTERNAL/$file" ]] || fail "missing in bundle: $file"
done
[[ -n $(find "$INTERNAL" -name 'libqoffscreen.so' -print -quit) ]] \
  || fail "Qt platform plugin 'offscreen' not in bundle"
echo "ok    resources (catalogue.json, templates.json, sledplanner.svg) and offscreen plugin bundled"

# step NAME ARGS...: run the frozen executable, show its output, fail on a non-zero exit or a
# Python traceback on stderr (a missing hidden import shows up there).
step() {
  local name=$1; shift
  local out="$WORK/$name.out" err="$WORK/$name.err" rc=0
  "$EXE" "$@" >"$out" 2>"$err" || rc=$?
  echo "run   SledPlanner $* -> exit $rc"
  sed 's/^/      | /' "$out"
  if [[ -s "$err" ]]; then sed 's/^/      ! /' "$err"; fi
  [[ $rc -eq 0 ]] || fail "$name exited with $rc"
  if grep -qE 'Traceback|ModuleNotFoundError|ImportError' "$err"; then
    fail "$name printed a Python error"
  fi
  return 0
}

step version --version
grep -qE '^sledplanner [0-9]' "$WORK/version.out" || fail "--version printed no version"

step demo demo "$DB"
[[ -s "$DB" ]] || fail "demo wrote no database at $DB"

step check check --db "$DB"
grep -q 'OK' "$WORK/check.out" || fail "check did not report OK"

step ics export --db "$DB" --ics "$WORK/plan.ics"
grep -q 'BEGIN:VCALENDAR' "$WORK/plan.ics" || fail "the iCalendar export is not a calendar"
echo "ok    plan.ics: $(grep -c 'BEGIN:VEVENT' "$WORK/plan.ics") events"

for tab in equipment programme progress; do
  png="$WORK/$tab.png"
  step "shot-$tab" screenshot --db "$DB" --tab "$tab" --out "$png" --size 1280x800
  [[ -s "$png" ]] || fail "$tab.png missing or empty"
  [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
    || fail "$tab.png is not a PNG"
  echo "ok    $tab.png: $(stat -c %s "$png") bytes"
  if [[ -n "$KEEP" ]]; then cp "$png" "$KEEP/"; fi
done

# The window itself (no subcommand): it must still be up after a few seconds, then is stopped.
rc=0
timeout 8 "$EXE" --db "$WORK/window.json" >"$WORK/window.out" 2>"$WORK/window.err" || rc=$?
echo "run   SledPlanner --db $WORK/window.json (stopped after 8 s) -> exit $rc"
if [[ -s "$WORK/window.err" ]]; then sed 's/^/      ! /' "$WORK/window.err"; fi
[[ $rc -eq 124 ]] || fail "the window exited on its own with $rc"
if grep -qE 'Traceback|ModuleNotFoundError|ImportError' "$WORK/window.err"; then
  fail "the window printed a Python error"
fi
[[ -s "$WORK/window.json" ]] || fail "the window created no database"

step recheck check --db "$DB"
echo "PASS: frozen SledPlanner ran --version, demo, check, export --ics, 3 screenshots, the window"
