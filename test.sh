#!/usr/bin/env bash
# Runs every test of ChainTrace on this machine: installs what the tests need when it is missing (Debian packages for
# the independent reference readers and the headless browser that checks the HTML report; the pinned Anvil node is installed by the tests themselves through npm), builds
# the solution once, runs all test projects, and prints one closing line with the totals.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
/usr/bin/python3 -c "import bitcoin" 2>/dev/null || need_apt+=(python3-bitcoinlib)
/usr/bin/python3 -c "import networkx" 2>/dev/null || need_apt+=(python3-networkx)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages the tests use: ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet build ChainTrace.sln -c Release -warnaserror -nologo -v q
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test ChainTrace.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '
  /(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
