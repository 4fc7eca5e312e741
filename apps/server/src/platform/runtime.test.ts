import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNodeVersionSupported, MIN_NODE_VERSION } from './runtime'

describe('supported Node.js', () => {
  it('compares versions part by part', () => {
    expect(isNodeVersionSupported('24.22.3')).toBe(true)
    expect(isNodeVersionSupported('v22.12.0')).toBe(true)
    expect(isNodeVersionSupported('22.11.9')).toBe(false)
    expect(isNodeVersionSupported('20.20.2')).toBe(false)
    expect(isNodeVersionSupported('100.0.0')).toBe(true)
    expect(isNodeVersionSupported('22.9.0', '22.12.0')).toBe(false)
  })

  it('is the engines range of package.json', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../../../package.json'), 'utf8'),
    ) as {
      engines: { node: string }
    }
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_VERSION.replace(/\.0$/, '')}`)
  })
})

describe('starting on an old Node.js', () => {
  it('the server and the CLI refuse with exit code 2 and say which version they need', () => {
    const root = path.resolve(import.meta.dirname, '../../../..')
    const fakeOld = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'20.19.0'})`
    for (const entry of ['apps/server/src/main.ts', 'apps/server/src/cli.ts']) {
      const r = spawnSync(process.execPath, ['--import', fakeOld, '--import', 'tsx', entry, 'help'], {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-node-')),
          LOG_LEVEL: 'silent',
        },
        encoding: 'utf8',
        timeout: 40_000,
      })
      expect(r.status, `${entry}: ${r.stderr}`).toBe(2)
      expect(r.stderr).toContain(`needs Node.js ${MIN_NODE_VERSION} or newer`)
      expect(r.stderr).toContain('this is Node.js 20.19.0')
    }
  }, 90_000)
})
