# Source this file (`. scripts/node22.sh`) to run on Node.js 22 LTS when the machine ships an older Node: the
# binary comes from the npm registry's node-linux-<arch> package (what the `node` package installs), so nothing but
# the registry is needed. It is kept in $HILT_NODE_HOME (default ~/.cache/hilt-node) and put first on PATH.
HILT_NODE_VERSION="${HILT_NODE_VERSION:-22.23.5}"
# 22.18 or newer: the sources run under Node's own type stripping.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)' 2>/dev/null; then
  case "$(uname -m)" in
    x86_64 | amd64) hilt_node_arch=x64 ;;
    aarch64 | arm64) hilt_node_arch=arm64 ;;
    *) echo "no node-linux package for $(uname -m)" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  hilt_node_home="${HILT_NODE_HOME:-$HOME/.cache/hilt-node}/$HILT_NODE_VERSION"
  hilt_node_bin="$hilt_node_home/node_modules/node-linux-$hilt_node_arch/bin"
  if [ ! -x "$hilt_node_bin/node" ]; then
    mkdir -p "$hilt_node_home"
    npm install --no-save --no-audit --no-fund --prefix "$hilt_node_home" "node-linux-$hilt_node_arch@$HILT_NODE_VERSION" >&2
  fi
  export PATH="$hilt_node_bin:$PATH"
fi
