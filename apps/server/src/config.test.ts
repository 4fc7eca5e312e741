import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

/** production needs a master key for the secrets it keeps encrypted (staff TOTP) */
const production = { YIMIN_MODE: 'production', SECRET_KEY: 'k'.repeat(32) } as const

describe('loadConfig', () => {
  it('refuses production without SECRET_KEY (demo mode generates one)', () => {
    expect(() => loadConfig({ YIMIN_MODE: 'production' })).toThrow(
      /SECRET_KEY: required when YIMIN_MODE=production/,
    )
    expect(() => loadConfig({ ...production, SECRET_KEY: 'short' })).toThrow(ConfigError)
    expect(loadConfig({ ...production }).secretKey).toBe('k'.repeat(32))
    expect(loadConfig({}).secretKey).toBeNull()
  })

  it('defaults to the demo center on SQLite in the data directory', () => {
    const c = loadConfig({ DATA_DIR: '/tmp/yimin-x' })
    expect(c.port).toBe(8080)
    expect(c.mode).toBe('demo')
    expect(c.timeZone).toBe('Asia/Shanghai')
    expect(c.database).toEqual({
      kind: 'sqlite',
      file: '/tmp/yimin-x/yimin.db',
      checkpoint: 'background',
      synchronous: 'normal',
    })
    expect(c.sms.virtualPhone).toBe(true)
    expect(c.storageDir).toBe('/tmp/yimin-x/files')
  })

  it('checkpoints SQLite in the background unless told inline', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/y.db', SQLITE_CHECKPOINT: 'inline' }).database).toEqual({
      kind: 'sqlite',
      file: '/tmp/y.db',
      checkpoint: 'inline',
      synchronous: 'normal',
    })
    expect(() => loadConfig({ SQLITE_CHECKPOINT: 'sometimes' })).toThrow(ConfigError)
  })

  it('fsyncs every SQLite commit in production unless told otherwise (SQLITE_SYNCHRONOUS)', () => {
    const sync = (env: Record<string, string>) => {
      const d = loadConfig(env).database
      return d.kind === 'sqlite' ? d.synchronous : null
    }
    expect(sync({ ...production })).toBe('full')
    expect(sync({ ...production, SQLITE_SYNCHRONOUS: 'normal' })).toBe('normal')
    expect(sync({})).toBe('normal')
    expect(sync({ SQLITE_SYNCHRONOUS: 'full' })).toBe('full')
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'extra' })).toThrow(ConfigError)
  })

  it('reads a PostgreSQL URL and a schema', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', PG_SCHEMA: 'center_a' })
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
      poolSize: 10,
      schema: 'center_a',
    })
  })

  it('keeps the virtual phone off in production and refuses turning it on there', () => {
    expect(loadConfig({ ...production }).sms.virtualPhone).toBe(false)
    expect(loadConfig({ ...production, VIRTUAL_PHONE: 'false' }).sms.virtualPhone).toBe(false)
    expect(() => loadConfig({ ...production, VIRTUAL_PHONE: 'true' })).toThrow(
      /VIRTUAL_PHONE.*refused when YIMIN_MODE=production/,
    )
    expect(() => loadConfig({ ...production, VIRTUAL_PHONE: 'yes' })).toThrow(ConfigError)
    expect(loadConfig({ VIRTUAL_PHONE: 'false' }).sms.virtualPhone).toBe(false)
  })

  it('keeps the voice channel off unless configured; the outbox is for demos; aliyun needs its keys', () => {
    expect(loadConfig({}).voice).toMatchObject({ provider: 'off', aliyun: null })
    expect(loadConfig({ VOICE_PROVIDER: 'outbox' }).voice.provider).toBe('outbox')
    expect(() => loadConfig({ ...production, VOICE_PROVIDER: 'outbox' })).toThrow(
      /VOICE_PROVIDER: the voice outbox is the demo/,
    )
    expect(() => loadConfig({ ...production, VOICE_PROVIDER: 'aliyun' })).toThrow(
      /VOICE_CALLBACK_TOKEN: required when VOICE_PROVIDER=aliyun/,
    )
    const aliyun = {
      ...production,
      VOICE_PROVIDER: 'aliyun',
      VOICE_ALIYUN_ACCESS_KEY_ID: 'id',
      VOICE_ALIYUN_ACCESS_KEY_SECRET: 'secret',
      VOICE_ALIYUN_CALLED_SHOW_NUMBER: '09913334444',
      VOICE_ALIYUN_TTS_EXPERT_INVITATION: 'TTS_1',
      VOICE_ALIYUN_KEY_ACK_CODE: 'TTS_2',
      VOICE_CALLBACK_TOKEN: 't'.repeat(24),
    }
    expect(loadConfig(aliyun).voice.aliyun).toMatchObject({
      endpoint: 'https://dyvmsapi.aliyuncs.com/',
      regionId: 'cn-hangzhou',
      templates: { 'expert.invitation': 'TTS_1' },
      keyTimeoutMs: 10_000,
    })
    expect(() => loadConfig({ ...aliyun, VOICE_CALLBACK_TOKEN: 'short' })).toThrow('VOICE_CALLBACK_TOKEN')
  })

  it('builds the demo history in demo mode only, off with YIMIN_DEMO_HISTORY=0 or CI=true', () => {
    expect(loadConfig({}).demoHistory).toEqual({ enabled: true, days: 90, seed: 2016, volumePercent: 100 })
    expect(loadConfig({ YIMIN_DEMO_HISTORY: '0' }).demoHistory.enabled).toBe(false)
    expect(loadConfig({ CI: 'true' }).demoHistory.enabled).toBe(false)
    expect(loadConfig({ CI: 'true', YIMIN_DEMO_HISTORY: '1' }).demoHistory.enabled).toBe(false)
    expect(loadConfig(production).demoHistory.enabled).toBe(false)
    expect(
      loadConfig({ YIMIN_DEMO_HISTORY_DAYS: '30', YIMIN_DEMO_HISTORY_SEED: '7' }).demoHistory,
    ).toMatchObject({
      days: 30,
      seed: 7,
    })
    expect(() => loadConfig({ YIMIN_DEMO_HISTORY_DAYS: '0' })).toThrow('YIMIN_DEMO_HISTORY_DAYS')
  })

  it('moves the clock only outside production (YIMIN_CLOCK_START)', () => {
    expect(loadConfig({}).clockStart).toBeNull()
    expect(loadConfig({ YIMIN_CLOCK_START: '2026-12-15T02:00:00Z' }).clockStart?.toISOString()).toBe(
      '2026-12-15T02:00:00.000Z',
    )
    expect(loadConfig({ YIMIN_CLOCK_START: '2026-12-15T10:00:00+08:00' }).clockStart?.toISOString()).toBe(
      '2026-12-15T02:00:00.000Z',
    )
    expect(() => loadConfig({ ...production, YIMIN_CLOCK_START: '2026-12-15T02:00:00Z' })).toThrow(
      ConfigError,
    )
    expect(() => loadConfig({ ...production, YIMIN_CLOCK_START: '2026-12-15T02:00:00Z' })).toThrow(
      /YIMIN_CLOCK_START.*refused when YIMIN_MODE=production/,
    )
    expect(() => loadConfig({ YIMIN_CLOCK_START: 'next tuesday' })).toThrow('YIMIN_CLOCK_START')
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ YIMIN_MODE: 'staging' }, 'YIMIN_MODE'],
    [{ TZ_CENTER: 'Mars/Olympus' }, 'TZ_CENTER'],
    [{ TLS_CERT_FILE: '/x.pem' }, 'TLS_KEY_FILE'],
    [{ PG_SCHEMA: 'Robert; drop' }, 'PG_SCHEMA'],
  ])('refuses %o naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(name)
  })
})
