import type { SmsTemplateViewDto } from '@yimin/shared'
import { smsLength } from '@yimin/shared'
import { Alert, Button, Descriptions, Form, Input, Modal, Space, Typography } from 'antd'
import { useDeferredValue, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useResetSmsTemplate, useSaveSmsTemplate, useSmsPreview } from '../../../api/sms-templates'
import { ErrorAlert } from '../../../components/ErrorAlert'

type Language = 'zh' | 'ug'

/** Edits one template's Chinese and Uyghur texts with a live preview of what the phone shows. */
export function TemplateEditor({ template, onClose }: { template: SmsTemplateViewDto; onClose: () => void }) {
  const { t } = useTranslation()
  const [texts, setTexts] = useState<Record<Language, string>>({ zh: template.zh, ug: template.ug })
  const save = useSaveSmsTemplate()
  const reset = useResetSmsTemplate()
  return (
    <Modal
      open
      width={760}
      title={t('smsTemplates.editTitle', {
        event: t(`smsTemplates.events.${template.key}`, { defaultValue: template.key }),
      })}
      onCancel={onClose}
      footer={
        <Space>
          <Button
            onClick={() => reset.mutate(template.key, { onSuccess: onClose })}
            disabled={!template.isCustomised}
            loading={reset.isPending}
          >
            {t('smsTemplates.reset')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => save.mutate({ key: template.key, ...texts }, { onSuccess: onClose })}
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        {t('smsTemplates.variables')}:{' '}
        {template.variables.length === 0
          ? t('smsTemplates.noVariables')
          : template.variables.map((v) => <Typography.Text key={v} code>{`{${v}}`}</Typography.Text>)}
      </Typography.Paragraph>
      <ErrorAlert error={save.error ?? reset.error} style={{ marginBottom: 12 }} />
      <Form layout="vertical">
        {(['zh', 'ug'] as const).map((language) => (
          <LanguageText
            key={language}
            template={template}
            language={language}
            text={texts[language]}
            onChange={(text) => setTexts((s) => ({ ...s, [language]: text }))}
          />
        ))}
      </Form>
    </Modal>
  )
}

function LanguageText({
  template,
  language,
  text,
  onChange,
}: {
  template: SmsTemplateViewDto
  language: Language
  text: string
  onChange: (text: string) => void
}) {
  const { t } = useTranslation()
  const deferred = useDeferredValue(text)
  const preview = useSmsPreview({ key: template.key, text: deferred, language })
  // the count is shown at once from the shared splitter; the server's preview fills the sample in
  const local = smsLength(text)
  const id = `sms-template-${language}`
  return (
    <Form.Item label={<label htmlFor={id}>{t(`smsTemplates.text_${language}`)}</label>}>
      <Input.TextArea
        id={id}
        value={text}
        dir={language === 'ug' ? 'rtl' : 'ltr'}
        lang={language === 'ug' ? 'ug' : 'zh-CN'}
        autoSize={{ minRows: 2 }}
        maxLength={500}
        onChange={(e) => onChange(e.target.value)}
      />
      <Typography.Text type="secondary">
        {t('smsTemplates.ownLength', { units: local.units })}
      </Typography.Text>
      {preview.error ? (
        <ErrorAlert error={preview.error} style={{ marginTop: 8 }} />
      ) : preview.data ? (
        <Alert
          style={{ marginTop: 8 }}
          type={preview.data.parts > 1 ? 'warning' : 'info'}
          showIcon
          title={t('smsTemplates.preview')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('smsTemplates.phoneShows')}>
                <bdi dir={language === 'ug' ? 'rtl' : 'ltr'} data-testid={`sms-preview-${language}`}>
                  {preview.data.body}
                </bdi>
              </Descriptions.Item>
              <Descriptions.Item label={t('smsTemplates.length')}>
                <span data-testid={`sms-parts-${language}`}>
                  {t('smsTemplates.parts', {
                    units: preview.data.units,
                    parts: preview.data.parts,
                    perPart: preview.data.perPart,
                  })}
                </span>
              </Descriptions.Item>
            </Descriptions>
          }
        />
      ) : null}
    </Form.Item>
  )
}
