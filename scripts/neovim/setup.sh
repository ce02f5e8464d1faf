#!/usr/bin/env bash
# Installs what test/neovim needs: Debian's neovim (0.7.2 on Debian 12), whose built-in LSP client
# is the third-party editor the test drives. Idempotent: with nvim on the PATH it does nothing.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  echo "neovim setup: $(nvim --version | head -n 1) already installed"
  exit 0
fi
echo "neovim setup: apt-get install neovim"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends neovim
echo "neovim setup: $(nvim --version | head -n 1)"
