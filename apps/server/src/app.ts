import fs from 'node:fs'
import path from 'node:path'
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { myDataRoutes } from './modules/privacy/my-data.routes'
import type { Container } from './container'
import { authRoutes } from './modules/auth/auth.routes'
import { calendarRoutes } from './modules/calendar/calendar.routes'
import { catalogRoutes } from './modules/catalog/catalog.routes'
import { devicesRoutes } from './modules/devices/devices.routes'
import { eventsRoutes } from './modules/realtime/events.routes'
import { orgRoutes } from './modules/org/org.routes'
import { casesRoutes } from './modules/cases/cases.routes'
import { citizensRoutes } from './modules/citizens/citizens.routes'
import { onlineRoutes } from './modules/online/online.routes'
import { tradingRoutes } from './modules/trading/trading.routes'
import { tradingPublicRoutes } from './modules/trading/trading-public.routes'
import { tradingSupervisionRoutes } from './modules/trading/trading-supervision.routes'
import { tradingVenueRoutes } from './modules/trading/trading-venues.routes'
import { expertsRoutes } from './modules/experts/experts.routes'
import { evaluationRoutes } from './modules/evaluation/evaluation.routes'
import { biddingRoutes } from './modules/bidding/bidding.routes'
import { supervisionRoutes } from './modules/supervision/supervision.routes'
import { wallRoutes } from './modules/supervision/wall.routes'
import { queueRoutes } from './modules/queue/queue.routes'
import { ratingsRoutes } from './modules/ratings/ratings.routes'
import { smsTemplateRoutes } from './modules/sms/templates/templates.routes'
import { virtualPhoneRoutes } from './modules/sms/virtual-phone.routes'
import { smsHttpRoutes } from './modules/sms/sms-http.routes'
import { voiceRoutes } from './modules/voice/voice.routes'
import { smsLogRoutes } from './modules/sms/sms-log.routes'
import { centerConfigRoutes, probeRoutes, setupRoutes } from './modules/system/system.routes'
import { registerErrorHandler } from './platform/error-handler'
import { registerPrincipalResolution } from './platform/http/principal'
import { validatorCompiler } from './platform/http/validator'
import { registerLookupGuard } from './modules/lookup-guard/lookup-guard.plugin'
import { RequestLogController } from './platform/http/request-log'
import { registerIdempotency } from './modules/idempotency/idempotency.plugin'
import { registerMetrics } from './platform/metrics'

export interface BuildAppOptions {
  /** HTTPS: key and certificate contents */
  https?: { key: Buffer; cert: Buffer }
  /** serve the built web apps (off in API tests) */
  serveWeb?: boolean
}

/** Builds the HTTP application around a container. Domains register their routes here. */
export async function buildApp(
  container: Container,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const { config } = container
  const app = Fastify({
    loggerInstance: container.log,
    logController: new RequestLogController(),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    ...(options.https ? { https: options.https } : {}),
  }).withTypeProvider<ZodTypeProvider>()

  app.decorate('container', container)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerErrorHandler(app)

  await app.register(helmet, {
    // The center runs on plain HTTP inside a LAN: no upgrade-insecure-requests, HSTS only over TLS.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // the kiosk's ID card reader is a bridge on the kiosk PC itself (loopback only)
        connectSrc: ["'self'", 'http://127.0.0.1:*', 'http://localhost:*'],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 15_552_000 } : false,
    crossOriginEmbedderPolicy: false,
  })
  await app.register(cookie)
  await app.register(rateLimit, { global: false })
  registerPrincipalResolution(app)
  registerLookupGuard(app, container.lookupGuard)
  registerIdempotency(app, container.idempotency)
  const metrics = registerMetrics(app, container)

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Yimin API',
        description: 'One-stop government service platform (益民政务服务平台)',
        version: '1',
      },
      tags: [
        { name: 'auth' },
        { name: 'users' },
        { name: 'calendar' },
        { name: 'catalog' },
        { name: 'devices' },
        { name: 'org' },
        { name: 'cases' },
        { name: 'supervision' },
        { name: 'queue' },
        { name: 'realtime' },
        { name: 'sms' },
        { name: 'system' },
        { name: 'bidding' },
      ],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  await app.register(probeRoutes, { metrics })
  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        loginRateLimitPerMinute: config.loginRateLimitPerMinute,
        sessionIdleMinutes: config.sessionIdleMinutes,
      })
      await api.register(setupRoutes)
      await api.register(centerConfigRoutes)
      await api.register(devicesRoutes)
      await api.register(eventsRoutes, {
        virtualPhoneOpen: config.sms.virtualPhone && config.mode === 'demo',
      })
      await api.register(virtualPhoneRoutes)
      await api.register(smsLogRoutes)
      await api.register(smsHttpRoutes)
      await api.register(voiceRoutes)
      await api.register(smsTemplateRoutes)
      await api.register(orgRoutes)
      await api.register(casesRoutes, { lookupPerMinute: 30 })
      await api.register(supervisionRoutes, { publicPerMinute: 60 })
      await api.register(wallRoutes)
      await api.register(queueRoutes)
      await api.register(ratingsRoutes, { ratePerMinute: 30 })
      await api.register(calendarRoutes)
      await api.register(catalogRoutes)
      await api.register(citizensRoutes, {
        sessionIdleMinutes: config.sessionIdleMinutes,
        codeRequestsPerMinute: 30,
      })
      await api.register(onlineRoutes, { lookupPerMinute: 30 })
      await api.register(tradingRoutes)
      await api.register(tradingVenueRoutes)
      await api.register(tradingSupervisionRoutes)
      await api.register(tradingPublicRoutes, { publicPerMinute: 120 })
      await api.register(expertsRoutes)
      await api.register(evaluationRoutes)
      await api.register(biddingRoutes, { codeRequestsPerMinute: 30 })
      await api.register(myDataRoutes, { myData: container.myData })
    },
    { prefix: '/api/v1' },
  )

  if (options.serveWeb !== false) await serveWeb(app, config.webDistDir)
  return app
}

/**
 * The web apps: static files, and index.html for client-side routes. The build writes brotli and
 * gzip copies beside each file; they are served by Accept-Encoding (`Vary: Accept-Encoding`).
 * Hashed assets never change under their name (a year, immutable); the HTML is revalidated on
 * every load so a new build is picked up at once.
 */
async function serveWeb(app: FastifyInstance, dir: string): Promise<void> {
  const index = path.join(dir, 'index.html')
  if (!fs.existsSync(index)) {
    app.log.warn({ dir }, 'web apps are not built; run `npm run build`')
    return
  }
  const hashed = path.join(dir, 'assets') + path.sep
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    preCompressed: true,
    // the .br and .gz copies are chosen by negotiation, never asked for by name
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', webCacheControl(file, hashed))
    },
  })
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/'
    if (url.startsWith('/api/')) return reply.callNotFound()
    const file = path.join(dir, path.normalize(url))
    if (file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile())
      return reply.sendFile(path.relative(dir, file))
    // a chunk of an earlier build is gone: a 404 (the page reloads), never the HTML as a script
    if (file.startsWith(hashed)) return reply.callNotFound()
    return reply.sendFile('index.html')
  })
}

/** Hashed build assets are cached for a year as immutable; everything else is revalidated. */
function webCacheControl(file: string, hashedDir: string): string {
  return file.startsWith(hashedDir) ? 'public, max-age=31536000, immutable' : 'no-cache'
}
