import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

/**
 * Walks the OpenAPI document: every string field of every operation's path, query and JSON body
 * gets each bad string in turn (the rest of the request filled with plausible values). Each must
 * be refused with 400 VALIDATION_FAILED naming that field — never a 500, never stored.
 */
type Schema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
  additionalProperties?: boolean | Schema
  default?: unknown
  minimum?: number
  minItems?: number
  format?: string
  pattern?: string
}
/** values tried for a string with a pattern (dates, phones, codes), the first that fits is used */
const candidates = ['2026-03-02', '13800000000', '650100', 'A', 'ab', 'GA-CRJ-001', '12345678', 'x']
type Path = (string | number)[]

const badStrings: { label: string; value: string }[] = [
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'bell', value: 'a\u0007' },
  { label: 'right-to-left override', value: 'abc\u202egpj.exe' },
  { label: 'isolate', value: '\u2067abc' },
  { label: 'lone surrogate', value: 'a\ud800' },
]

describe.skipIf(isDbUnavailable())('every string field of every operation refuses unsafe text', () => {
  let ctx: TestContext
  let admin: string
  let components: Record<string, Schema> = {}
  let address = 0

  beforeAll(async () => {
    ctx = await createTestContext()
    admin = await staffSession(ctx, 'admin', [{ role: 'admin', departmentId: null }])
  })
  afterAll(() => ctx.close())

  const resolve = (s: Schema | undefined): Schema => {
    let out = s ?? {}
    for (let i = 0; i < 10 && out.$ref; i++) out = components[out.$ref.split('/').pop()!] ?? {}
    if (out.allOf) return Object.assign({}, ...out.allOf.map(resolve)) as Schema
    return out
  }
  const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type)

  /** A plausible value of a schema (the first variant of a union). */
  const sample = (raw: Schema | undefined, depth = 0): unknown => {
    const s = resolve(raw)
    if (depth > 8) return null
    if (s.const !== undefined) return s.const
    if (s.enum) return s.enum[0]
    const variant = s.anyOf ?? s.oneOf
    if (variant) return sample(variant.find((v) => resolve(v).type !== 'null') ?? variant[0], depth + 1)
    switch (typeOf(s)) {
      case 'string':
        if (s.format === 'date') return '2026-03-02'
        if (s.pattern) {
          const re = new RegExp(s.pattern, 'u')
          return candidates.find((c) => re.test(c)) ?? 'x'
        }
        return 'x'
      case 'integer':
      case 'number':
        return s.minimum ?? 1
      case 'boolean':
        return true
      case 'array':
        return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items, depth + 1))
      case 'object': {
        const o: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(s.properties ?? {})) o[k] = sample(v, depth + 1)
        return o
      }
      case undefined:
      case 'null':
      default:
        return null
    }
  }

  /** Paths of the string fields in a schema (through arrays, objects and the first union variant). */
  const stringPaths = (raw: Schema | undefined, at: Path = [], depth = 0): Path[] => {
    const s = resolve(raw)
    if (depth > 8) return []
    const variant = s.anyOf ?? s.oneOf
    if (variant) {
      const first = variant.find((v) => resolve(v).type !== 'null') ?? variant[0]
      return stringPaths(first, at, depth + 1)
    }
    switch (typeOf(s)) {
      case 'string':
        return s.enum || s.const !== undefined ? [at] : [at]
      case 'array':
        return stringPaths(s.items, [...at, 0], depth + 1)
      case 'object':
        return Object.entries(s.properties ?? {}).flatMap(([k, v]) => stringPaths(v, [...at, k], depth + 1))
      case undefined:
      default:
        return []
    }
  }

  const setAt = (target: unknown, path: Path, value: unknown): unknown => {
    if (path.length === 0) return value
    const [head, ...rest] = path
    const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<
      string | number,
      unknown
    >
    copy[head!] = setAt(copy[head!], rest, value)
    return copy
  }

  // a sweep of several thousand requests: past the tier's 30 s limit when the machine is busy
  it('answers 400 VALIDATION_FAILED for each bad string in each field, and never a 500 for made-up ids', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, OpenApiOperation>>
      components?: { schemas?: Record<string, Schema> }
    }
    components = doc.components?.schemas ?? {}
    const failures: string[] = []
    let tried = 0
    let operations = 0

    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
        operations++
        const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query')
        const jsonBody = op.requestBody?.content?.['application/json']?.schema
        const pathValues: Record<string, string> = {}
        const queryValues: Record<string, string> = {}
        for (const p of params) {
          const v = sample(p.schema)
          const text =
            typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : 'x'
          if (p.in === 'path') pathValues[p.name] = text
          else if (p.required) queryValues[p.name] = text
        }
        const body = jsonBody ? sample(jsonBody) : undefined

        const send = async (
          where: string,
          path: Record<string, string>,
          query: Record<string, string>,
          payload: unknown,
          expectedField: string,
          label: string,
        ) => {
          tried++
          address++
          const url =
            '/api' +
            route
              .replace(/^\/api/, '')
              .replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(path[n] ?? 'x')) +
            (Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '')
          const res = await ctx.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            remoteAddress: `10.${Math.floor(address / 62500) % 250}.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`,
            headers: {
              cookie: admin,
              ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
          })
          const what = `${method.toUpperCase()} ${route} ${where} ${expectedField} (${label})`
          if (res.statusCode >= 500) {
            failures.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`)
            return
          }
          const answer = res.json() as { code?: string; details?: { issues?: { path: string }[] } }
          const named = answer.details?.issues?.some((i) => i.path === expectedField) ?? false
          if (res.statusCode !== 400 || answer.code !== 'VALIDATION_FAILED' || !named)
            failures.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`)
        }

        // the plausible request itself (made-up ids, codes and names): any 4xx, never a 500
        {
          address++
          const url =
            '/api' +
            route
              .replace(/^\/api/, '')
              .replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(pathValues[n] ?? 'x')) +
            (Object.keys(queryValues).length ? `?${new URLSearchParams(queryValues).toString()}` : '')
          const res = await ctx.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            remoteAddress: `10.251.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`,
            headers: { cookie: admin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          })
          if (res.statusCode >= 500)
            failures.push(
              `${method.toUpperCase()} ${route} with made-up values: ${res.statusCode} ${res.body.slice(0, 200)}`,
            )
        }

        for (const bad of badStrings) {
          for (const p of params) {
            if (bad.label === 'lone surrogate') continue // a URL cannot carry one (UTF-8)
            if (p.in === 'path')
              await send(
                'path',
                { ...pathValues, [p.name]: bad.value },
                queryValues,
                body,
                `params.${p.name}`,
                bad.label,
              )
            else
              await send(
                'query',
                pathValues,
                { ...queryValues, [p.name]: bad.value },
                body,
                `querystring.${p.name}`,
                bad.label,
              )
          }
          if (jsonBody) {
            for (const field of stringPaths(jsonBody)) {
              await send(
                'body',
                pathValues,
                queryValues,
                setAt(body, field, bad.value),
                ['body', ...field].join('.'),
                bad.label,
              )
            }
          }
        }
      }
    }

    expect(operations).toBeGreaterThan(100)
    expect(tried).toBeGreaterThan(1000)
    expect(failures).toEqual([])
  }, 180_000)

  it('refuses on both databases what PostgreSQL used to fail on, and blank names, storing nothing', async () => {
    const before = await ctx.container.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    for (const name of ['阿\u0000依', '\u200b\u200b', '   ', '\ufeff\u2060', 'abc\u202e', 'a\nb'])
      for (const [url, payload] of [
        [
          '/api/v1/users',
          { username: 'someone', displayName: name, password: 'long-enough-password', grants: [] },
        ],
        [
          '/api/v1/cases',
          {
            matterCode: 'X-1',
            applicant: { kind: 'person', name, idNumber: '1', phone: '1' },
            submittedMaterials: [],
          },
        ],
      ] as const) {
        const res = await ctx.app.inject({ method: 'POST', url, payload, headers: { cookie: admin } })
        expect(res.statusCode, `${url} ${JSON.stringify(name)}`).toBe(400)
        expect(res.json().code).toBe('VALIDATION_FAILED')
      }
    const after = await ctx.container.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })
})

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
}
