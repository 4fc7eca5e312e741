import { createHmac } from 'node:crypto'

/**
 * Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1), as documented in
 * "签名机制" (https://help.aliyun.com/document_detail/172849.html):
 * - each name and value is percent-encoded as RFC 3986 (A–Z a–z 0–9 - _ . ~ kept; space is %20);
 * - the pairs are sorted by name and joined with & (the canonicalized query string);
 * - StringToSign = METHOD & percentEncode("/") & percentEncode(canonicalized);
 * - Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign)).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&')
}

export function stringToSign(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`
}

export function signRpc(
  method: 'GET' | 'POST',
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params)).digest('base64')
}
