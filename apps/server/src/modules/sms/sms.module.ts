import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import { HttpSmsProvider } from './providers/http-provider'
import { OutboxProvider } from './providers/outbox-provider'
import { SmppProvider } from './providers/smpp-provider'
import type { SmsProvider } from './providers/sms-provider'
import type { SmsDispatcher } from './sms-dispatcher'
import { SmsTransport } from './sms-transport'
import type { SmsRepository } from './sms.repository'
import type { SmsService } from './sms.service'

/** The provider SMS_PROVIDER names: the virtual phone (default), an SMSC over SMPP, or an HTTP gateway. */
export function createSmsProvider(config: Config, log: Logger): SmsProvider {
  const { smpp, http } = config.sms
  if (config.sms.provider === 'smpp' && smpp) {
    return new SmppProvider({ ...smpp, reconnectMinMs: 1000, reconnectMaxMs: 30_000 }, log)
  }
  if (config.sms.provider === 'http' && http)
    return new HttpSmsProvider({ url: http.url, secret: http.secret, concurrency: 10 })
  return new OutboxProvider()
}

/** Wires receipts and inbound messages from the provider to the outbox and the inbound handlers. */
export function attachSmsTransport(deps: {
  db: Db
  repo: SmsRepository
  service: SmsService
  dispatcher: SmsDispatcher
  provider: SmsProvider
  clock: Clock
  log: Logger
}): SmsTransport {
  const transport = new SmsTransport(
    deps.db,
    deps.repo,
    deps.service,
    deps.clock,
    deps.log,
    deps.provider.name,
  )
  deps.provider.attach?.(transport)
  deps.dispatcher.useTransport(transport)
  return transport
}
