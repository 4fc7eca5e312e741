/** An admin's edit of one SMS template (template-catalog.ts holds the defaults). */
export interface SmsTemplatesTable {
  key: string
  text_zh: string
  text_ug: string
  updated_at: string
  updated_by: string | null
}

export interface SmsTemplateTables {
  sms_templates: SmsTemplatesTable
}
