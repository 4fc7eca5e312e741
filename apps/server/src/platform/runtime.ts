/**
 * The oldest Node.js the server runs on. It must equal the `engines.node` range of the root
 * package.json (a unit test compares them); the project is tested on Node.js 24 LTS.
 */
export const MIN_NODE_VERSION = '22.12.0'

/** true when `version` (e.g. "24.22.3" or "v20.19.0") is at least `minimum` */
export function isNodeVersionSupported(version: string, minimum: string = MIN_NODE_VERSION): boolean {
  const parse = (v: string) =>
    v
      .replace(/^v/, '')
      .split('.')
      .map((p) => Number.parseInt(p, 10) || 0)
  const have = parse(version)
  const need = parse(minimum)
  for (let i = 0; i < 3; i++) {
    const h = have[i] ?? 0
    const n = need[i] ?? 0
    if (h !== n) return h > n
  }
  return true
}

/**
 * Stops the process (exit 2, like a bad configuration) on a Node.js older than the supported
 * one, before anything else runs: an old runtime would otherwise fail later and less clearly
 * (the SQLite driver is compiled for the runtime it was installed with).
 */
export function exitOnUnsupportedNode(version: string = process.versions.node): void {
  if (isNodeVersionSupported(version)) return
  console.error(
    `Yimin needs Node.js ${MIN_NODE_VERSION} or newer (tested on Node.js 24 LTS); this is Node.js ${version}. ` +
      'Install a supported Node.js and run `npm ci` again (the SQLite driver is compiled for the runtime).',
  )
  process.exit(2)
}
