import { describe, expect, it } from 'vitest'
import { smsTemplateByKey, smsTemplateCatalog } from './template-catalog'
import { formatSmsDate, placeholdersOf, renderTemplate, unknownPlaceholders } from './template-render'

const accepted = smsTemplateByKey.get('case.accepted')!

describe('SMS templates', () => {
  it('fills variables and writes dates per language', () => {
    const vars = { matter: '普通护照签发', number: 'N1', dueOn: '2026-03-05' }
    expect(renderTemplate(accepted, accepted.zh, vars, 'zh')).toBe(
      '您申请的“普通护照签发”（办件号N1）已受理，承诺于3月5日前办结。',
    )
    expect(renderTemplate(accepted, accepted.ug, vars, 'ug')).toContain('2026-03-05')
  })

  it('throws when a variable is missing (a caller bug, never a silent blank)', () => {
    expect(() => renderTemplate(accepted, accepted.zh, { matter: 'x', number: 'y' }, 'zh')).toThrow(/dueOn/)
  })

  it('finds placeholders a template does not define', () => {
    expect(placeholdersOf('{a}{b}{a}')).toEqual(['a', 'b'])
    expect(unknownPlaceholders(accepted, '{matter} {dueOn} {idNumber}')).toEqual(['idNumber'])
  })

  it('leaves non-dates and odd dates alone', () => {
    expect(formatSmsDate('2026-12-31', 'zh')).toBe('12月31日')
    expect(formatSmsDate('soon', 'zh')).toBe('soon')
  })

  it('every default text uses only its variables, in both languages, and renders from its sample', () => {
    for (const t of smsTemplateCatalog) {
      expect(unknownPlaceholders(t, t.zh), t.key).toEqual([])
      expect(unknownPlaceholders(t, t.ug), t.key).toEqual([])
      for (const v of t.variables) expect(t.sample[v], `${t.key}.${v}`).toBeDefined()
      expect(renderTemplate(t, t.zh, t.sample, 'zh')).not.toMatch(/\{[a-zA-Z]+\}/)
      expect(renderTemplate(t, t.ug, t.sample, 'ug')).not.toMatch(/\{[a-zA-Z]+\}/)
    }
  })

  it('keys are unique', () => {
    expect(new Set(smsTemplateCatalog.map((t) => t.key)).size).toBe(smsTemplateCatalog.length)
  })
})
