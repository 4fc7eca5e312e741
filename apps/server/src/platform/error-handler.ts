import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import type { ErrorBody } from '@yimin/shared'
import { AppError } from './errors'
import { noteRefusal } from './http/request-log'

/**
 * The one error handler: every failure answers `{code, message, details}` with a stable code.
 * 4xx explain themselves; 5xx say nothing internal (the log has the stack).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const body = toErrorBody(err)
    const status = body.status
    if (status >= 500) request.log.error({ err }, 'request failed')
    else noteRefusal(request, body.error.code)
    if (status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60')
    return reply.status(status).send(body.error)
  })
  app.setNotFoundHandler((request, reply) => {
    const error: ErrorBody = {
      code: 'ROUTE_NOT_FOUND',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    }
    return reply.status(404).send(error)
  })
}

function toErrorBody(err: FastifyError): { status: number; error: ErrorBody } {
  if (err instanceof AppError) {
    return {
      status: err.status,
      error: {
        code: err.code,
        message: err.message,
        ...(err.details === undefined ? {} : { details: err.details }),
      },
    }
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: `${err.validationContext ?? 'body'}${v.instancePath === '/' ? '' : v.instancePath.replaceAll('/', '.')}`,
      message: v.message,
      code: v.keyword,
    }))
    return {
      status: 400,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'the request does not match the schema',
        details: { issues },
      },
    }
  }
  if (isResponseSerializationError(err)) {
    return { status: 500, error: { code: 'INTERNAL', message: 'internal error' } }
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, error: { code: 'BAD_JSON', message: 'the body is not valid JSON' } }
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, error: { code: 'PAYLOAD_TOO_LARGE', message: 'the body is too large' } }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content type' } }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        error: { code: 'BAD_REQUEST', message: 'content length does not match the body' },
      }
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return { status: 429, error: { code: 'RATE_LIMITED', message: 'too many requests, try again later' } }
  }
  if (err instanceof SyntaxError && err.statusCode === 400) {
    return { status: 400, error: { code: 'BAD_JSON', message: 'the body is not valid JSON' } }
  }
  const status = err.statusCode ?? 500
  if (status === 429)
    return { status, error: { code: 'RATE_LIMITED', message: 'too many requests, try again later' } }
  if (status >= 400 && status < 500) return { status, error: { code: 'BAD_REQUEST', message: err.message } }
  return { status: 500, error: { code: 'INTERNAL', message: 'internal error' } }
}
