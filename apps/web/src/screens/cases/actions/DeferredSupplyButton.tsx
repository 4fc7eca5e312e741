import { InboxOutlined } from '@ant-design/icons'
import type { CaseDetail } from '@yimin/shared'
import { Button, Checkbox, Form } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../../api/auth'
import { useCaseAction } from '../../../api/cases'
import { CaseModal } from './CaseModal'
import { useLocalName } from '../../../components/names'

/** 容缺 materials handed in after acceptance: the clerk ticks what arrived (late ones are seen by supervision). */
export function DeferredSupplyButton({ detail, me }: { detail: CaseDetail; me: StaffMe }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [open, setOpen] = useState(false)
  const mutation = useCaseAction(detail.id, 'deferred-materials')
  const deferred = detail.materials.filter((m) => m.status === 'deferred')
  if (deferred.length === 0 || !me.permissions.includes('case.intake')) return null
  return (
    <>
      <Button icon={<InboxOutlined aria-hidden />} onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
        {t('caseActions.supplyDeferred')}
      </Button>
      {open && (
        <CaseModal<{ materials: number[] }>
          title={t('caseActions.supplyDeferred')}
          okText={t('caseActions.supplyDeferred')}
          initialValues={{ materials: [] }}
          mutation={mutation}
          onSubmit={(v) => mutation.mutateAsync({ materials: v.materials })}
          onClose={() => setOpen(false)}
        >
          <Form.Item
            name="materials"
            label={t('caseActions.supplyDeferredLabel')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={deferred.map((m) => ({
                value: m.position,
                label: `${m.position + 1}. ${name(m)}${m.supplyDueOn ? `（${t('case.supplyDueOn')} ${m.supplyDueOn}）` : ''}`,
              }))}
            />
          </Form.Item>
        </CaseModal>
      )}
    </>
  )
}
