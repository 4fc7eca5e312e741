// A small SMSC for tests and benchmarks, built on the `smpp` package's server: takes binds,
// answers submit_sm, reassembles concatenated UCS-2 parts, sends delivery receipts, sends
// inbound messages, and can go down and come back on the same port.
import type { AddressInfo } from 'node:net'
import smpp from 'smpp'

export interface SmscSubmit {
  to: string
  messageId: string
  esmClass: number
  dataCoding: number
  udh: Buffer[] | undefined
  text: string
}

export interface TestSmscOptions {
  systemId?: string
  password?: string
  /** send a DELIVRD receipt for every part (default true); a function picks the state per message */
  receipts?: boolean | ((submit: SmscSubmit) => string | null)
  /** send the receipt before submit_sm_resp (a receipt overtaking the response) */
  receiptFirst?: boolean
  /** delay before answering each submit, ms */
  respondAfterMs?: number
}

const encodeUcs2 = (text: string) => Buffer.from(text, 'utf16le').swap16()

export class TestSmsc {
  readonly submits: SmscSubmit[] = []
  /** whole messages as the phone shows them (parts reassembled) */
  readonly messages: Array<{ to: string; text: string }> = []
  readonly events: string[] = []
  binds = 0
  unbinds = 0
  outstanding = 0
  maxOutstanding = 0
  port = 0
  private server: smpp.Server | null = null
  private accepting = false
  private nextId = 1
  private readonly partial = new Map<string, Array<string | undefined>>()
  /** receipts not yet acknowledged by the ESME: sent again on its next bind (store and forward) */
  private readonly unackedReceipts = new Map<smpp.Session, Map<number, Record<string, unknown>>>()
  private readonly pendingReceipts: Array<Record<string, unknown>> = []

  constructor(private readonly options: TestSmscOptions = {}) {}

  async start(port = 0): Promise<number> {
    this.accepting = true
    const server = smpp.createServer({}, (session) => this.onSession(session))
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as AddressInfo).port
    return this.port
  }

  /** Goes down: stops taking submits, then closes every connection and the listener. */
  async down(): Promise<void> {
    this.accepting = false
    const server = this.server
    if (!server) return
    this.server = null
    for (const s of [...server.sessions]) s.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    this.events.push('down')
  }

  /** Comes back on the same port. */
  async up(): Promise<void> {
    await this.start(this.port)
    this.events.push('up')
  }

  async stop(): Promise<void> {
    await this.down()
  }

  get sessions(): smpp.Session[] {
    return this.server?.sessions ?? []
  }

  /** A message from a phone (UCS-2); split into concatenated parts when `parts` > 1. */
  sendInbound(from: string, text: string, parts = 1, ref = 0x42): void {
    const session = this.sessions[0]
    if (!session) throw new Error('nobody is bound')
    if (parts <= 1) {
      session.deliver_sm({
        source_addr: from,
        destination_addr: '10690000',
        data_coding: 8,
        short_message: encodeUcs2(text),
      })
      return
    }
    const size = Math.ceil(text.length / parts)
    for (let i = 0; i < parts; i++) {
      const udh = Buffer.from([0x05, 0x00, 0x03, ref, parts, i + 1])
      session.deliver_sm({
        source_addr: from,
        destination_addr: '10690000',
        data_coding: 8,
        esm_class: 0x40,
        short_message: Buffer.concat([udh, encodeUcs2(text.slice(i * size, (i + 1) * size))]),
      })
    }
  }

  countByText(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const m of this.messages) counts.set(m.text, (counts.get(m.text) ?? 0) + 1)
    return counts
  }

  private onSession(session: smpp.Session): void {
    session.socket.setNoDelay(true)
    session.on('error', () => undefined)
    session.on('bind_transceiver', (pdu: smpp.PDU) => {
      const ok =
        pdu.system_id === (this.options.systemId ?? 'yimin') &&
        pdu.password === (this.options.password ?? 'secret')
      if (!this.accepting) return
      session.send(pdu.response(ok ? { system_id: 'test-smsc' } : { command_status: smpp.ESME_RBINDFAIL }))
      if (ok) {
        this.binds++
        for (const r of this.pendingReceipts.splice(0)) this.deliverReceipt(session, r)
      } else session.close()
    })
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()))
    session.on('unbind', (pdu: smpp.PDU) => {
      this.unbinds++
      session.send(pdu.response())
      session.close()
    })
    session.on('deliver_sm_resp', (pdu: smpp.PDU) => {
      if (pdu.command_status === 0) this.unackedReceipts.get(session)?.delete(pdu.sequence_number)
    })
    session.on('close', () => {
      const unacked = this.unackedReceipts.get(session)
      this.unackedReceipts.delete(session)
      if (unacked) this.pendingReceipts.push(...unacked.values())
    })
    session.on('submit_sm', (pdu: smpp.PDU) => {
      if (!this.accepting) return // going down: neither taken nor answered
      const decoded = pdu.short_message as { message: string | Buffer; udh?: Buffer[] }
      const submit: SmscSubmit = {
        to: String(pdu.destination_addr),
        messageId: `M${this.nextId++}`,
        esmClass: Number(pdu.esm_class),
        dataCoding: Number(pdu.data_coding),
        udh: decoded.udh,
        text: typeof decoded.message === 'string' ? decoded.message : decoded.message.toString('utf8'),
      }
      this.submits.push(submit)
      this.collect(submit)
      this.outstanding++
      this.maxOutstanding = Math.max(this.maxOutstanding, this.outstanding)
      const answer = () => {
        this.outstanding--
        if (this.options.receiptFirst) this.receipt(session, submit)
        session.send(pdu.response({ message_id: submit.messageId }))
        if (!this.options.receiptFirst) this.receipt(session, submit)
      }
      if (this.options.respondAfterMs) setTimeout(answer, this.options.respondAfterMs)
      else answer()
    })
  }

  private receipt(session: smpp.Session, submit: SmscSubmit): void {
    const option = this.options.receipts ?? true
    const stat = typeof option === 'function' ? option(submit) : option ? 'DELIVRD' : null
    if (!stat) return
    this.deliverReceipt(session, {
      source_addr: submit.to,
      destination_addr: '10690000',
      esm_class: 0x04,
      short_message: `id:${submit.messageId} sub:001 dlvrd:001 submit date:2603021000 done date:2603021000 stat:${stat} err:000 text:`,
    })
  }

  private deliverReceipt(session: smpp.Session, fields: Record<string, unknown>): void {
    if (!this.accepting || session.socket.destroyed || !session.socket.writable) {
      this.pendingReceipts.push(fields)
      return
    }
    const pdu = new smpp.PDU('deliver_sm', { ...fields })
    if (!session.send(pdu)) {
      this.pendingReceipts.push(fields)
      return
    }
    let unacked = this.unackedReceipts.get(session)
    if (!unacked) this.unackedReceipts.set(session, (unacked = new Map()))
    unacked.set(pdu.sequence_number, fields)
  }

  private collect(submit: SmscSubmit): void {
    const concat = submit.udh?.find((e) => e[0] === 0x00)
    if (!concat) {
      this.messages.push({ to: submit.to, text: submit.text })
      return
    }
    const [ref, total, seq] = [concat[2]!, concat[3]!, concat[4]!]
    const key = `${submit.to}/${ref}/${total}`
    const parts = this.partial.get(key) ?? Array.from({ length: total }, () => undefined)
    parts[seq - 1] = submit.text
    if (parts.every((p) => p !== undefined)) {
      this.partial.delete(key)
      this.messages.push({ to: submit.to, text: parts.join('') })
    } else {
      this.partial.set(key, parts)
    }
  }
}
