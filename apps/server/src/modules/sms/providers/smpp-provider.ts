import smpp from 'smpp'
import type { Logger } from '../../../platform/logger'
import {
  concatInfo,
  decodeUcs2,
  normalizeMsisdn,
  parseReceipt,
  splitUcs2,
  ucs2SubmitParts,
} from '../sms-encoding'
import { SmsSendError, type OutgoingSms, type SmsProvider, type SmsTransportSink } from './sms-provider'

export interface SmppOptions {
  host: string
  port: number
  systemId: string
  password: string
  sourceAddr: string
  /** outstanding submit_sm without a response, at most */
  window: number
  enquireLinkMs?: number
  /** reconnect backoff: first delay, doubled each failure, up to the max */
  reconnectMinMs?: number
  reconnectMaxMs?: number
  /** a submit without a response after this long counts as lost (uncertain) */
  responseTimeoutMs?: number
}

const ESME_ROK = 0
/** SMSC answers that mean "try again later" */
const TEMPORARY = new Set([
  0x14 /* RMSGQFUL */, 0x58 /* RTHROTTLED */, 0x08 /* RSYSERR */, 0x64 /* RX_T_APPN */,
  0x45 /* RSUBMITFAIL */,
])
const ESM_RECEIPT_MASK = 0x3c

type Pending = { reject: (err: Error) => void }

/**
 * SMPP 3.4 as an ESME over one transceiver bind: a window of outstanding submits, enquire_link
 * on a timer, UCS-2 with concatenation for long texts, delivery receipts and inbound messages
 * reported to the sink, reconnect with exponential backoff, and a clean unbind on stop.
 */
export class SmppProvider implements SmsProvider {
  readonly name = 'smpp'
  readonly isIdempotent = false
  readonly isFinalOnSend = false
  readonly concurrency: number
  private session: smpp.Session | null = null
  private bound = false
  private stopping = true
  private failures = 0
  private reconnectTimer: NodeJS.Timeout | null = null
  private enquireTimer: NodeJS.Timeout | null = null
  private awaitingEnquire = false
  private inFlight = 0
  private readonly windowWaiters: Array<() => void> = []
  private readonly pending = new Set<Pending>()
  private readyListeners: Array<() => void> = []
  private sink: SmsTransportSink | null = null
  private ref = Math.floor(Math.random() * 256)
  readonly stats = { binds: 0, submits: 0, receipts: 0, inbound: 0 }

  constructor(
    private readonly options: SmppOptions,
    private readonly log: Logger,
  ) {
    this.concurrency = Math.max(1, options.window)
  }

  attach = (sink: SmsTransportSink): void => {
    this.sink = sink
  }

  isReady = (): boolean => this.bound

  onReady = (listener: () => void): void => {
    this.readyListeners.push(listener)
  }

  partsOf = (body: string): number => splitUcs2(body).length

  /** Starts connecting; returns at once (the SMSC may be down: the provider keeps trying). */
  async start(): Promise<void> {
    this.stopping = false
    this.connect()
  }

  /** Unbinds cleanly (waits briefly for unbind_resp) and closes the connection. */
  async stop(): Promise<void> {
    this.stopping = true
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = null
    const session = this.session
    if (!session) return
    if (this.bound) {
      this.bound = false
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000)
        const sent = session.unbind(() => {
          clearTimeout(timer)
          resolve()
        })
        if (!sent) {
          clearTimeout(timer)
          resolve()
        }
      })
    }
    await new Promise<void>((resolve) => {
      if (session.socket.destroyed) return resolve()
      const timer = setTimeout(() => session.destroy(), 2000)
      session.close(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    this.teardown(session, new SmsSendError('SMPP provider stopped', true, true))
  }

  async send(message: OutgoingSms): Promise<{ providerMessageId: string; partIds: string[] }> {
    const session = this.session
    if (!session || !this.bound) throw new SmsSendError('SMSC not connected', true)
    this.ref = (this.ref + 1) & 0xff
    const parts = ucs2SubmitParts(message.body, this.ref)
    const ids = await Promise.all(
      parts.map((part) => this.submit(session, message.recipient, part.shortMessage, part.esmClass)),
    )
    return { providerMessageId: ids[0]!, partIds: ids }
  }

  private async submit(
    session: smpp.Session,
    recipient: string,
    shortMessage: Buffer,
    esmClass: number,
  ): Promise<string> {
    await this.acquire()
    try {
      if (session !== this.session || !this.bound)
        throw new SmsSendError('SMSC connection lost before submit', true)
      return await new Promise<string>((resolve, reject) => {
        const entry: Pending = { reject }
        const timer = setTimeout(() => {
          this.pending.delete(entry)
          reject(new SmsSendError('no submit_sm_resp in time', true, true))
        }, this.options.responseTimeoutMs ?? 30_000)
        entry.reject = (err) => {
          clearTimeout(timer)
          reject(err)
        }
        this.pending.add(entry)
        const sent = session.submit_sm(
          {
            source_addr: this.options.sourceAddr,
            source_addr_ton: 0x05,
            source_addr_npi: 0x00,
            destination_addr: recipient,
            dest_addr_ton: 0x00,
            dest_addr_npi: 0x01,
            esm_class: esmClass,
            data_coding: 0x08,
            registered_delivery: 0x01,
            short_message: shortMessage,
          },
          (pdu) => {
            clearTimeout(timer)
            this.pending.delete(entry)
            this.stats.submits++
            if (pdu.command_status === ESME_ROK) resolve(String(pdu.message_id))
            else
              reject(
                new SmsSendError(
                  `submit_sm refused: status 0x${pdu.command_status.toString(16)}`,
                  TEMPORARY.has(pdu.command_status),
                ),
              )
          },
        )
        if (!sent) entry.reject(new SmsSendError('SMSC connection not writable', true))
      })
    } finally {
      this.release()
    }
  }

  private async acquire(): Promise<void> {
    while (this.inFlight >= this.concurrency) await new Promise<void>((r) => this.windowWaiters.push(r))
    this.inFlight++
  }

  private release(): void {
    this.inFlight--
    this.windowWaiters.shift()?.()
  }

  private connect(): void {
    if (this.stopping) return
    const session = smpp.connect({ host: this.options.host, port: this.options.port })
    this.session = session
    session.on('connect', () => {
      // small PDUs both ways: without this, Nagle's algorithm and delayed ACKs stall the window
      session.socket.setNoDelay(true)
      session.bind_transceiver(
        { system_id: this.options.systemId, password: this.options.password, interface_version: 0x34 },
        (pdu) => {
          if (pdu.command_status !== ESME_ROK) {
            this.log.warn({ status: pdu.command_status }, 'SMPP bind refused')
            session.destroy()
            return
          }
          if (this.stopping || session !== this.session) return
          this.bound = true
          this.failures = 0
          this.stats.binds++
          this.startEnquireLink(session)
          this.log.info({ host: this.options.host, port: this.options.port }, 'SMPP bound (transceiver)')
          for (const listener of this.readyListeners) listener()
        },
      )
    })
    session.on('deliver_sm', (pdu: smpp.PDU) => void this.onDeliver(session, pdu))
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()))
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response())
      this.bound = false
      session.close()
    })
    session.on('error', (err: Error) => this.log.warn({ err: err.message }, 'SMPP connection error'))
    session.on('close', () => {
      this.teardown(session, new SmsSendError('SMSC connection lost with the submit in flight', true, true))
      if (this.stopping || session !== this.session) return
      this.session = null
      this.failures++
      const delay = Math.min(
        this.options.reconnectMaxMs ?? 60_000,
        (this.options.reconnectMinMs ?? 1000) * 2 ** (this.failures - 1),
      )
      this.log.warn({ delayMs: delay }, 'SMPP connection closed; reconnecting')
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null
        this.connect()
      }, delay)
    })
  }

  /** The connection is gone: no more sends on it; submits waiting for a response are uncertain. */
  private teardown(session: smpp.Session, reason: SmsSendError): void {
    if (session === this.session) this.bound = false
    if (this.enquireTimer) clearInterval(this.enquireTimer)
    this.enquireTimer = null
    this.awaitingEnquire = false
    for (const p of [...this.pending]) p.reject(reason)
    this.pending.clear()
  }

  private startEnquireLink(session: smpp.Session): void {
    const every = this.options.enquireLinkMs ?? 30_000
    this.enquireTimer = setInterval(() => {
      if (this.awaitingEnquire) {
        // no answer to the last enquire_link: the link is dead
        this.log.warn('SMPP enquire_link unanswered; dropping the connection')
        session.destroy()
        return
      }
      this.awaitingEnquire = true
      session.enquire_link(() => {
        this.awaitingEnquire = false
      })
    }, every)
    this.enquireTimer.unref()
  }

  /** deliver_sm: a receipt or a message from a phone; answered only after it is stored. */
  private async onDeliver(session: smpp.Session, pdu: smpp.PDU): Promise<void> {
    let status = ESME_ROK
    try {
      if (!this.sink) throw new Error('no sink attached')
      const decoded = decodeShortMessage(pdu)
      if ((Number(pdu.esm_class) & ESM_RECEIPT_MASK) !== 0) {
        const receipt = parseReceipt(decoded.text)
        const id =
          typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id
            ? pdu.receipted_message_id
            : receipt?.id
        if (receipt && id) {
          await this.sink.receipt({ providerMessageId: id, stat: receipt.stat, error: receipt.err })
          this.stats.receipts++
        } else {
          this.log.warn('SMPP receipt without a readable id or state; ignored')
        }
      } else {
        await this.sink.inbound({
          sender: normalizeMsisdn(typeof pdu.source_addr === 'string' ? pdu.source_addr : ''),
          body: decoded.text,
          concat: concatInfo(decoded.udh),
        })
        this.stats.inbound++
      }
    } catch (err) {
      this.log.error({ err }, 'SMPP deliver_sm not stored; asking the SMSC to retry')
      status = 0x64 // ESME_RX_T_APPN: temporary, the SMSC delivers it again
    }
    session.send(pdu.response({ command_status: status }))
  }
}

/** Text and header elements of a deliver_sm, whatever the data coding. */
export function decodeShortMessage(pdu: smpp.PDU): { text: string; udh: Buffer[] | undefined } {
  const raw = pdu.short_message as smpp.DecodedMessage | Buffer | string | undefined
  const payload = pdu.message_payload as smpp.DecodedMessage | Buffer | string | undefined
  const value =
    raw &&
    !(Buffer.isBuffer(raw) && raw.length === 0) &&
    !(typeof raw === 'object' && 'message' in raw && raw.message.length === 0)
      ? raw
      : payload
  if (value === undefined) return { text: '', udh: undefined }
  if (typeof value === 'string') return { text: value, udh: undefined }
  if (Buffer.isBuffer(value))
    return {
      text: Number(pdu.data_coding) === 8 ? decodeUcs2(value) : value.toString('latin1'),
      udh: undefined,
    }
  const text = Buffer.isBuffer(value.message)
    ? Number(pdu.data_coding) === 8
      ? decodeUcs2(value.message)
      : value.message.toString('latin1')
    : value.message
  return { text, udh: value.udh }
}
