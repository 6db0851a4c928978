#!/usr/bin/env bash
# Build the Linux bundle of KluppluZ Desk with PyInstaller and run its self-test.
#
#   bash installer/build_bundle.sh            # build into build/ and dist/, then self-test
#   KLUPPLUZ_BUNDLE_FULL=1 bash installer/build_bundle.sh   # without the excludes (to compare)
#
# Uses the virtualenv in .venv (or $KLUPPLUZ_VENV), creating it when missing, and installs
# the program with its "bundle" extra (PyInstaller) into it. The result is
# dist/kluppluz-desk/, to be copied as a whole; its program is dist/kluppluz-desk/kluppluz-desk.
# The bundle needs the system's OpenGL/EGL, fontconfig, xkbcommon and D-Bus libraries (not
# bundled); they are installed here when missing. Exit code: that of the self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${KLUPPLUZ_VENV:-$ROOT/.venv}
RUNTIME_PKGS="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"

say() { printf '\n== %s\n' "$*"; }

missing=()
for p in $RUNTIME_PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})) && command -v apt-get >/dev/null; then
  say "Debian-pakketten: ${missing[*]}"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x $VENV/bin/python ]]; then
  say "Virtualenv in $VENV"
  python3 -m venv "$VENV"
fi
say "Python-pakketten (met PyInstaller)"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -c "$ROOT/installer/constraints.txt" -e "$ROOT[bundle]"

VERSION=$("$VENV/bin/python" installer/version_info.py)
say "PyInstaller: KluppluZ Desk $VERSION"
started=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build" installer/kluppluz-desk.spec
seconds=$(( $(date +%s) - started ))
size_mb=$(du -sm dist/kluppluz-desk | cut -f1)
files=$(find dist/kluppluz-desk -type f | wc -l)
echo "Bouwtijd: ${seconds} s; bundel: ${size_mb} MB in ${files} bestanden (dist/kluppluz-desk)"

say "Zelftest van de bundel"
# A private home folder: the self-test's log lines do not end up in the builder's own.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
KLUPPLUZ_DESK_HOME=$home QT_QPA_PLATFORM=offscreen dist/kluppluz-desk/kluppluz-desk --self-test || status=$?
exit $status
