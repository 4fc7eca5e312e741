import { randomUUID } from 'node:crypto'
import { percentEncode, canonicalQuery, signRpc } from './aliyun-signature'
import { VoiceCallError, type OutgoingCall, type VoiceGateway } from './voice-gateway'

export interface AliyunVoiceOptions {
  /** https://dyvmsapi.aliyuncs.com/ (a test points it at its own peer) */
  endpoint: string
  accessKeyId: string
  accessKeySecret: string
  /** CalledShowNumber: the number bought in the VMS console that the callee sees */
  calledShowNumber: string
  /** the approved text-to-speech template (TTS_…) per kind of notice */
  templates: Readonly<Record<string, string>>
  /** the approved prompt played after a key of the menu ("您的选择已记录，谢谢") */
  keyAckCode: string
  /** how many times the prompt plays (1–3) */
  playTimes: number
  /** how long the platform waits for a key, in ms */
  keyTimeoutMs: number
  regionId?: string
  timeoutMs?: number
}

/**
 * Alibaba Cloud Voice Messaging Service (语音服务, dyvmsapi 2017-05-25): an interactive call with
 * `IvrCall` — the TTS template is read with its variables (StartCode, StartTtsParams), and each
 * key of the menu (MenuKeyMap.N.Key) plays the acknowledgement prompt (MenuKeyMap.N.Code). The
 * keys pressed come back in the call-status receipt (VoiceCallReport: call_id, status_code,
 * dtmf, out_id) pushed to the callback route (voice.routes.ts).
 * API: https://help.aliyun.com/document_detail/393521.html (IvrCall request parameters);
 * receipts: https://help.aliyun.com/zh/vms/developer-reference/voicecallreport-4;
 * signing: RPC signature 1.0, HMAC-SHA1 (aliyun-signature.ts). The request is a form POST with
 * the common parameters (Format, Version, AccessKeyId, SignatureMethod, Timestamp,
 * SignatureVersion, SignatureNonce) and the Signature. The answer is JSON
 * `{ RequestId, Code: "OK", Message, CallId }`.
 */
export class AliyunVoiceGateway implements VoiceGateway {
  readonly name = 'aliyun'

  constructor(
    private readonly options: AliyunVoiceOptions,
    private readonly now: () => Date,
  ) {}

  /** The request's parameters, signed (exported for the test's peer to compare with). */
  signedParams(call: OutgoingCall, nonce: string = randomUUID()): Record<string, string> {
    const o = this.options
    const startCode = o.templates[call.template]
    if (!startCode) throw new VoiceCallError(`no TTS template configured for ${call.template}`, false)
    const params: Record<string, string> = {
      AccessKeyId: o.accessKeyId,
      Action: 'IvrCall',
      Format: 'JSON',
      RegionId: o.regionId ?? 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: nonce,
      SignatureVersion: '1.0',
      // ISO 8601 in UTC without milliseconds, as the common parameters require
      Timestamp: this.now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
      CalledShowNumber: o.calledShowNumber,
      CalledNumber: call.recipient,
      StartCode: startCode,
      StartTtsParams: JSON.stringify(call.params),
      PlayTimes: String(o.playTimes),
      Timeout: String(o.keyTimeoutMs),
      OutId: call.outId,
    }
    call.keys.forEach((key, i) => {
      params[`MenuKeyMap.${i + 1}.Key`] = key
      params[`MenuKeyMap.${i + 1}.Code`] = o.keyAckCode
    })
    params.Signature = signRpc('POST', params, o.accessKeySecret)
    return params
  }

  async place(call: OutgoingCall): Promise<{ providerCallId: string }> {
    const params = this.signedParams(call)
    const body = `${canonicalQuery(params)}&Signature=${percentEncode(params.Signature!)}`
    let res: Response
    try {
      res = await fetch(this.options.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      })
    } catch (err) {
      throw new VoiceCallError(
        `voice service unreachable: ${err instanceof Error ? err.message : String(err)}`,
        true,
      )
    }
    const text = await res.text().catch(() => '')
    let answer: { Code?: unknown; Message?: unknown; CallId?: unknown } = {}
    try {
      answer = JSON.parse(text) as typeof answer
    } catch {
      // not JSON: judged by the HTTP status below
    }
    const code = typeof answer.Code === 'string' ? answer.Code : `HTTP ${res.status}`
    if (res.ok && code === 'OK' && typeof answer.CallId === 'string' && answer.CallId)
      return { providerCallId: answer.CallId }
    const message = typeof answer.Message === 'string' ? answer.Message : text.slice(0, 200)
    throw new VoiceCallError(`voice service answered ${code}: ${message}`, isRetryable(res.status, code))
  }
}

/**
 * Flow control, throttling and the platform's own faults pass with time; a refused number,
 * template, signature or permission does not (the `isv.`, `isp.` and `Throttling` code families).
 */
export function isRetryable(httpStatus: number, code: string): boolean {
  if (code === 'isv.BUSINESS_LIMIT_CONTROL' || code.startsWith('Throttling')) return true
  if (code.startsWith('isp.') || code === 'ServiceUnavailable' || code === 'InternalError') return true
  if (code.startsWith('isv.') || code.startsWith('InvalidAccessKeyId') || code === 'SignatureDoesNotMatch')
    return false
  return httpStatus >= 500 || httpStatus === 429 || httpStatus === 408 || httpStatus === 0
}
