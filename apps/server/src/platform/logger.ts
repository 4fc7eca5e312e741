import type { FastifyBaseLogger } from 'fastify'
import pino from 'pino'

export type Logger = FastifyBaseLogger

/**
 * Structured JSON logs. Personal data is redacted by key wherever it appears in a log object.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.idNumber',
  '*.token',
  '*.credential',
]

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } })
}
