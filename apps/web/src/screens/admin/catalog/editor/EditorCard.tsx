import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Form } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** One part of the matter editor: a card with its heading. */
export function EditorCard({
  id,
  title,
  children,
  extra,
}: {
  id: string
  title: string
  children: ReactNode
  extra?: ReactNode
}) {
  return (
    <Card
      id={`editor-${id}`}
      title={<h2 style={{ fontSize: 17, margin: 0 }}>{title}</h2>}
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  )
}

/**
 * A list of rows (materials, fees, steps …): each row is a bordered group named "<item> N" for
 * screen readers, with a remove button; an add button below.
 */
export function RowList({
  name,
  itemKey,
  addLabel,
  newRow,
  children,
}: {
  name: string
  itemKey: string
  addLabel: string
  newRow: () => object | string
  children: (field: { name: number; key: number }, index: number) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="yimin-row-fieldset">
              <legend>{t(itemKey, { n: index + 1 })}</legend>
              <div className="yimin-row-grid">{children(field, index)}</div>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(field.name)}
                aria-label={t('common.removeNamed', { name: t(itemKey, { n: index + 1 }) })}
              >
                {t('common.remove')}
              </Button>
            </fieldset>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow())}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  )
}
