// Types for the parts of `smpp@0.5.1` Yimin uses (the package ships none).
declare module 'smpp' {
  import type { EventEmitter } from 'node:events'
  import type { Server as NetServer, Socket } from 'node:net'

  /** A decoded short_message: text, and the user data header elements when UDHI was set. */
  export interface DecodedMessage {
    message: string | Buffer
    udh?: Buffer[]
  }

  export class PDU {
    constructor(command: string, options?: Record<string, unknown>)
    command: string
    command_id: number
    command_status: number
    sequence_number: number;
    [field: string]: unknown
    isResponse(): boolean
    response(options?: Record<string, unknown>): PDU
  }

  export type ResponseCallback = (pdu: PDU) => void

  export class Session extends EventEmitter {
    socket: Socket
    server?: Server
    send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean
    close(callback?: () => void): void
    destroy(callback?: () => void): void
    pause(): void
    resume(): void
    bind_transceiver(options: Record<string, unknown>, callback?: ResponseCallback): boolean
    submit_sm(options: Record<string, unknown>, callback?: ResponseCallback): boolean
    deliver_sm(options: Record<string, unknown>, callback?: ResponseCallback): boolean
    enquire_link(options?: Record<string, unknown> | ResponseCallback, callback?: ResponseCallback): boolean
    unbind(options?: Record<string, unknown> | ResponseCallback, callback?: ResponseCallback): boolean
  }

  export class Server extends NetServer {
    sessions: Session[]
  }

  export function connect(
    options: { host: string; port: number; [k: string]: unknown },
    listener?: () => void,
  ): Session
  export function createServer(
    options: Record<string, unknown>,
    listener?: (session: Session) => void,
  ): Server
  export const ESME_ROK: number
  export const ESME_RTHROTTLED: number
  export const ESME_RMSGQFUL: number
  export const ESME_RSYSERR: number
  export const ESME_RBINDFAIL: number
  export const ESME_RINVPASWD: number
  export const ESME_RX_T_APPN: number
}
