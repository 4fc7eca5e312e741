import type { FastifySchemaCompiler } from 'fastify'
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod'
import { z, type ZodType } from 'zod'
import { unsafeTextReason } from '@yimin/shared'

/**
 * Every string anywhere in a request's body, query and path (keys too) is checked before the
 * route's own schema: no control characters, lone surrogates or bidi overrides reach a service or
 * a database (PostgreSQL refuses NUL with a 500, SQLite stores it). Free-text fields add the rest
 * (NFC, code-point lengths, single-line) with `cleanText` in their schemas.
 */
function refuseUnsafeStrings(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value)
    if (reason) ctx.addIssue({ code: 'custom', path, message: reason, params: { text: 'unsafe' } })
    return
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => refuseUnsafeStrings(v, ctx, [...path, i]))
    return
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const reason = unsafeTextReason(k)
      if (reason) ctx.addIssue({ code: 'custom', path: [...path], message: `a key ${reason}` })
      else refuseUnsafeStrings(v, ctx, [...path, k])
    }
  }
}

const guard = z.unknown().superRefine((value, ctx) => refuseUnsafeStrings(value, ctx))

export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  if (route.httpPart === 'headers') return zodValidatorCompiler(route)
  return zodValidatorCompiler({ ...route, schema: guard.pipe(route.schema) })
}
