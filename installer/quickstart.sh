#!/usr/bin/env bash
# Set up KluppluZ Desk on a fresh Debian machine and start it, or run every check.
#   bash installer/quickstart.sh start   - install what is missing, start the program
#   bash installer/quickstart.sh test    - install what is missing, run lint, types and tests
# Installs Debian packages only when missing (needs root or sudo), keeps a virtualenv in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODE=${1:-start}
VENV=${KLUPPLUZ_VENV:-$ROOT/.venv}

QT_PKGS="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"
XCB_PKGS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"

say() { printf '\n== %s\n' "$*"; }

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  say "Debian packages: ${missing[*]}"
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  # Wait for another apt (unattended upgrades, a second terminal) instead of failing.
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

# The virtualenv is (re)installed only when pyproject.toml or the constraints changed since
# the last successful install (a stamp holds their hash), so a second start is quick.
setup_python() {
  local stamp=$VENV/.kluppluz-installed want
  want="$1 $(cat "$ROOT/pyproject.toml" "$ROOT/setup.py" "$ROOT/installer/constraints.txt" | sha256sum | cut -d' ' -f1)"
  if [[ -x $VENV/bin/python && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    return 0
  fi
  if [[ ! -x $VENV/bin/python ]]; then
    say "Virtualenv in $VENV"
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
  say "Python packages"
  # -c: exactly the versions the test suite ran with (installer/constraints.txt).
  "$VENV/bin/python" -m pip install -q -c "$ROOT/installer/constraints.txt" -e "$ROOT[$1]"
  echo "$want" > "$stamp"
}

case "$MODE" in
  start)
    # shellcheck disable=SC2086
    apt_install $QT_PKGS $XCB_PKGS
    setup_python test
    say "KluppluZ Desk starten"
    exec "$VENV/bin/kluppluz-desk" "${@:2}"
    ;;
  test)
    # shellcheck disable=SC2086
    # cups + printer-driver-cups-pdf: a real print queue for the printing tests.
    apt_install $QT_PKGS postgresql poppler-utils cups printer-driver-cups-pdf
    setup_python test
    # shellcheck source=installer/testdb.sh
    source "$ROOT/installer/testdb.sh"
    # shellcheck source=installer/testcups.sh
    source "$ROOT/installer/testcups.sh"
    trap 'stop_test_postgres; stop_test_cups' EXIT
    start_test_postgres || { [[ ${CI:-} == true ]] && { echo "PostgreSQL kon niet starten" >&2; exit 1; }; }
    start_test_cups || { [[ ${CI:-} == true ]] && { echo "De printserver kon niet starten" >&2; exit 1; }; }
    export QT_QPA_PLATFORM=offscreen
    status=0
    say "ruff";          "$VENV/bin/ruff" check kluppluz_desk tests || status=1
    say "ruff format";   "$VENV/bin/ruff" format --check --quiet kluppluz_desk tests || status=1
    say "mypy";          "$VENV/bin/mypy" kluppluz_desk || status=1
    say "import-linter"; "$VENV/bin/lint-imports" || status=1
    say "pytest";        "$VENV/bin/python" -m pytest "${@:2}" || status=1
    exit $status
    ;;
  *)
    echo "gebruik: $0 start|test" >&2; exit 2 ;;
esac
