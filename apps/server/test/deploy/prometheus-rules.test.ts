import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = path.resolve(import.meta.dirname, '../../../../deploy/prometheus')
const hasPromtool = spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0
// CI installs Debian's prometheus package (.ci/run): there a missing promtool is a failure
const skip = !hasPromtool && process.env.CI !== 'true'
if (skip) console.warn('promtool not found: the alerting rules are not checked (apt-get install prometheus)')

describe.skipIf(skip)('the shipped Prometheus alerting rules', () => {
  const promtool = (...args: string[]) => spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' })

  it('pass promtool check rules', () => {
    const r = promtool('check', 'rules', 'yimin-alerts.yml')
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0)
    expect(r.stdout).toMatch(/SUCCESS: \d+ rules found/)
  })

  it('fire as their unit tests say (promtool test rules)', () => {
    const r = promtool('test', 'rules', 'yimin-alerts.test.yml')
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0)
  })
})
