#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a machine without access to Microsoft's or
# GitHub's download servers (see shared/E2E.md): Debian's Chromium, and code-server (VS Code
# served to a browser) in .cache/code-server/, outside the extension's own dependencies, since
# users of the extension never need its ~300 MB. Idempotent: a second run does nothing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
code_server_version="4.100.3"
install_dir="$root/.cache/code-server"
tmp_dir="$root/.cache/code-server-tmp"

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
# code-server's kerberos module builds from source against these headers.
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "e2e setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

installed_version=""
if [ -f "$install_dir/node_modules/code-server/package.json" ]; then
  installed_version="$(node -p "require('$install_dir/node_modules/code-server/package.json').version")"
fi
if [ "$installed_version" = "$code_server_version" ] \
  && [ -f "$install_dir/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "e2e setup: code-server $code_server_version already installed in $install_dir"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub; it first looks in this cache,
# so a tarball of Debian's rg under the expected name satisfies it offline.
ripgrep_cache="$tmp_dir/vscode-ripgrep-cache-1.15.11"
ripgrep_tarball="$ripgrep_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$ripgrep_tarball" ]; then
  mkdir -p "$ripgrep_cache/stage"
  cp "$(command -v rg)" "$ripgrep_cache/stage/rg"
  tar -czf "$ripgrep_tarball" -C "$ripgrep_cache/stage" rg
  rm -rf "$ripgrep_cache/stage"
fi

mkdir -p "$install_dir"
[ -f "$install_dir/package.json" ] || echo '{ "name": "cellspec-e2e-code-server", "private": true }' > "$install_dir/package.json"
echo "e2e setup: installing code-server@$code_server_version into $install_dir (about a minute)"
# unsafe_perm: its postinstall refuses to run as root otherwise; nodedir: argon2 builds against
# Node's headers in /usr/include/node; yes: node-pty runs `npx node-gyp` without a prompt.
(
  cd "$install_dir"
  TMPDIR="$tmp_dir" npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir=/usr \
    npm install --no-save --no-audit --no-fund "code-server@$code_server_version" --foreground-scripts
) > "$root/.cache/code-server-install.log" 2>&1 || {
  echo "e2e setup: npm install code-server failed; the last lines of .cache/code-server-install.log:" >&2
  tail -n 40 "$root/.cache/code-server-install.log" >&2
  exit 1
}
echo "e2e setup: done"
