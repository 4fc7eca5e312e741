import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { FastifyInstance } from 'fastify'
import type { Container } from '../container'
import { registerCalendarMetrics } from '../modules/calendar/calendar-metrics'
import { registerOpsMetrics } from '../modules/system/ops-metrics'

/**
 * Prometheus metrics, one registry per app instance (tests build many apps in one process).
 * Gauges read the database on scrape; nothing is counted twice.
 */
export function registerMetrics(app: FastifyInstance, c: Container): Registry {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'yimin_' })
  const requests = new Histogram({
    name: 'yimin_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  })
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    requests.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    )
  })
  new Gauge({
    name: 'yimin_jobs',
    help: 'Jobs by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await c.jobs.repo.countByStatus()
      for (const s of ['queued', 'running', 'done', 'failed']) this.set({ status: s }, counts[s] ?? 0)
    },
  })
  new Gauge({
    name: 'yimin_sms_messages',
    help: 'SMS messages by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await c.sms.repo.countByStatus()
      for (const s of ['queued', 'sending', 'sent', 'delivered', 'failed'])
        this.set({ status: s }, counts[s] ?? 0)
    },
  })
  new Gauge({
    name: 'yimin_sms_uncertain_total',
    help: 'SMS messages resent after a submit was in flight at a crash (possible duplicates)',
    registers: [registry],
    async collect() {
      this.set(await c.sms.repo.countUncertain())
    },
  })
  new Gauge({
    name: 'yimin_realtime_subscribers',
    help: 'Live real-time (server-sent events) connections on this instance',
    registers: [registry],
    collect() {
      this.set(c.bus.subscriberCount)
    },
  })
  new Counter({
    name: 'yimin_job_runs_total',
    help: 'Job runs on this instance by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect() {
      this.reset()
      for (const [outcome, n] of Object.entries(c.jobs.runner.stats)) this.inc({ outcome }, n)
    },
  })
  new Counter({
    name: 'yimin_sms_dispatch_total',
    help: 'SMS send attempts on this instance by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect() {
      this.reset()
      for (const [outcome, n] of Object.entries(c.sms.dispatcher.stats)) this.inc({ outcome }, n)
    },
  })
  registerCalendarMetrics(registry, c.calendar)
  registerOpsMetrics(registry, c)
  return registry
}
