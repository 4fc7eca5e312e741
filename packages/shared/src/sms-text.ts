import { z } from 'zod'
import { cleanText } from './text'

/**
 * SMS length rules shared by the template preview and the senders. Chinese SMS is UCS-2: one
 * part holds 70 UTF-16 code units; a longer message is split into parts of 67 (6 octets of each
 * part go to the concatenation header). A surrogate pair (e.g. an emoji) is never split, so a
 * part may carry 66 units when a pair would straddle the boundary.
 */
export const ucs2SinglePart = 70
export const ucs2MultiPart = 67

export interface SmsLength {
  /** UTF-16 code units (what UCS-2 counts) */
  units: number
  parts: number
  /** units a part holds at this length: 70 for a single part, 67 once split */
  perPart: number
}

/** Splits a message into UCS-2 parts (the texts of the parts, in order). */
export function splitUcs2(text: string): string[] {
  if (text.length <= ucs2SinglePart) return [text]
  const parts: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + ucs2MultiPart)
    // never cut between a high and a low surrogate
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
    parts.push(text.slice(start, end))
    start = end
  }
  return parts
}

export function smsLength(text: string): SmsLength {
  const parts = splitUcs2(text).length
  return { units: text.length, parts, perPart: parts === 1 ? ucs2SinglePart : ucs2MultiPart }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** The SMS template API (admin console: template editor with preview). */
export const smsTemplateLanguages = ['zh', 'ug'] as const
export const smsTemplateText = cleanText({ min: 1, max: 500, multiline: true })
export const smsTemplateView = z.object({
  key: z.string(),
  group: z.enum(['case', 'queue', 'auth', 'staff', 'rating']),
  isEssential: z.boolean(),
  variables: z.array(z.string()),
  sample: z.record(z.string(), z.string()),
  zh: z.string(),
  ug: z.string(),
  /** the texts in code (what a reset goes back to) */
  defaults: z.object({ zh: z.string(), ug: z.string() }),
  isCustomised: z.boolean(),
  updatedAt: z.string().nullable(),
})
export type SmsTemplateViewDto = z.infer<typeof smsTemplateView>
export const smsTemplateUpdateRequest = z.strictObject({ zh: smsTemplateText, ug: smsTemplateText })
export const smsTemplatePreviewRequest = z.strictObject({
  key: z.string().max(100),
  text: smsTemplateText,
  language: z.enum(smsTemplateLanguages),
})
export const smsTemplatePreview = z.object({
  body: z.string(),
  units: z.number(),
  parts: z.number(),
  perPart: z.number(),
})
