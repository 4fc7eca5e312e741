import { pickLocalized, smsLength, type Principal, type SmsLength } from '@yimin/shared'
import type { Db } from '../../../db/database'
import type { Clock } from '../../../platform/clock'
import { AppError } from '../../../platform/errors'
import type { AuditService } from '../../audit/audit.service'
import { assertCan, requireStaff } from '../../auth/permissions'
import { smsTemplateByKey, smsTemplateCatalog, type SmsTemplateDefinition } from './template-catalog'
import { renderTemplate, unknownPlaceholders, type SmsLanguage } from './template-render'
import type { SmsTemplatesRepository } from './templates.repository'

export interface SmsTemplateView {
  key: string
  group: SmsTemplateDefinition['group']
  isEssential: boolean
  variables: string[]
  sample: Record<string, string>
  zh: string
  ug: string
  /** the texts in code (what a reset goes back to) */
  defaults: { zh: string; ug: string }
  isCustomised: boolean
  updatedAt: string | null
}

export interface SmsPreview extends SmsLength {
  body: string
}

/** How often other instances pick up an admin's edit (they keep texts in memory). */
const reloadMs = 30_000

/**
 * The SMS templates (PRODUCT.md 2.6): defaults in code, admins' edits in `sms_templates`, held in
 * memory so a message can be rendered inside any transaction without a query (SQLite has one
 * connection). An edit applies at once on this instance and within `reloadMs` on the others.
 */
export class SmsTemplatesService {
  private edits = new Map<string, { zh: string; ug: string; updatedAt: string }>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly db: Db,
    private readonly repo: SmsTemplatesRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly options: { centerName: string },
  ) {}

  async start(): Promise<void> {
    await this.reload()
    this.timer = setInterval(() => void this.reload().catch(() => undefined), reloadMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  async reload(): Promise<void> {
    const rows = await this.repo.all()
    this.edits = new Map(
      rows
        .filter((r) => smsTemplateByKey.has(r.key))
        .map((r) => [r.key, { zh: r.text_zh, ug: r.text_ug, updatedAt: r.updated_at }]),
    )
  }

  /** The message text for an event, in the recipient's language, without the signature. */
  render(
    key: string,
    vars: Readonly<Record<string, string | number>>,
    language: SmsLanguage = 'zh',
  ): { body: string; isEssential: boolean } {
    const definition = this.definition(key)
    const edit = this.edits.get(key)
    const text = pickLocalized(edit ?? definition, language)
    return { body: renderTemplate(definition, text, vars, language), isEssential: definition.isEssential }
  }

  list(actor: Principal): SmsTemplateView[] {
    assertCan(actor, 'sms.templates')
    return smsTemplateCatalog.map((d) => this.view(d))
  }

  async update(actor: Principal, key: string, input: { zh: string; ug: string }): Promise<SmsTemplateView> {
    assertCan(actor, 'sms.templates')
    const definition = this.definition(key)
    this.assertValid(definition, input)
    const now = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.upsert(
        {
          key,
          text_zh: input.zh,
          text_ug: input.ug,
          updated_at: now,
          updated_by: requireStaff(actor).userId,
        },
        tx,
      )
      await this.audit.record({ actor, action: 'sms.template.update', subject: key, details: input }, tx)
    })
    this.edits.set(key, { ...input, updatedAt: now })
    return this.view(definition)
  }

  /** Back to the default texts. */
  async reset(actor: Principal, key: string): Promise<SmsTemplateView> {
    assertCan(actor, 'sms.templates')
    const definition = this.definition(key)
    await this.db.transaction().execute(async (tx) => {
      await this.repo.remove(key, tx)
      await this.audit.record({ actor, action: 'sms.template.reset', subject: key }, tx)
    })
    this.edits.delete(key)
    return this.view(definition)
  }

  /** A text as the phone will show it (with the signature, filled from the sample) and its UCS-2 parts. */
  preview(actor: Principal, input: { key: string; text: string; language: SmsLanguage }): SmsPreview {
    assertCan(actor, 'sms.templates')
    const definition = this.definition(input.key)
    const unknown = unknownPlaceholders(definition, input.text)
    if (unknown.length > 0) throw unknownError(unknown, definition)
    const body = `【${this.options.centerName}】${renderTemplate(definition, input.text, definition.sample, input.language)}`
    return { body, ...smsLength(body) }
  }

  private assertValid(definition: SmsTemplateDefinition, input: { zh: string; ug: string }): void {
    const unknown = [
      ...new Set([
        ...unknownPlaceholders(definition, input.zh),
        ...unknownPlaceholders(definition, input.ug),
      ]),
    ]
    if (unknown.length > 0) throw unknownError(unknown, definition)
  }

  private definition(key: string): SmsTemplateDefinition {
    const d = smsTemplateByKey.get(key)
    if (!d) throw new AppError('SMS_TEMPLATE_NOT_FOUND', `no SMS template ${key}`)
    return d
  }

  private view(d: SmsTemplateDefinition): SmsTemplateView {
    const edit = this.edits.get(d.key)
    return {
      key: d.key,
      group: d.group,
      isEssential: d.isEssential,
      variables: [...d.variables],
      sample: { ...d.sample },
      zh: edit?.zh ?? d.zh,
      ug: edit?.ug ?? d.ug,
      defaults: { zh: d.zh, ug: d.ug },
      isCustomised: edit !== undefined,
      updatedAt: edit?.updatedAt ?? null,
    }
  }
}

const unknownError = (unknown: string[], d: SmsTemplateDefinition) =>
  new AppError('SMS_TEMPLATE_UNKNOWN_VARIABLE', `unknown variables: ${unknown.join(', ')}`, {
    unknown,
    allowed: d.variables,
  })
