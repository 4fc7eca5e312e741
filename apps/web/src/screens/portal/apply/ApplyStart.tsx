import { CloudUploadOutlined, RightOutlined } from '@ant-design/icons'
import type { CitizenMe } from '@yimin/shared'
import { Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useBundles } from '../../../api/catalog'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { useLocalName } from '../../../components/names'
import { RequireCitizen } from '../account/RequireCitizen'
import { useApplications, useCreateApplication } from '../../../api/citizen'

/** /portal/apply — start an application (a bundle, or a matter by its code) and find my drafts. */
export function ApplyStart() {
  const { t } = useTranslation()
  return (
    <Shell title={t('online.apply.title')}>
      {<RequireCitizen>{(me) => <ApplyStartBody me={me} />}</RequireCitizen>}
    </Shell>
  )
}

function ApplyStartBody({ me }: { me: CitizenMe }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const navigate = useNavigate()
  const bundles = useBundles()
  const drafts = useApplications(true)
  const create = useCreateApplication()
  const start = (kind: 'matter' | 'bundle', code: string) =>
    create.mutate({ kind, code }, { onSuccess: (app) => void navigate(`/portal/apply/${app.id}`) })
  // `?bundle=CODE` or `?matter=CODE` (the guide's and bundle page's apply button): start it at once, once
  const [params] = useSearchParams()
  const asked = params.get('bundle') ? 'bundle' : params.get('matter') ? 'matter' : null
  const askedCode = asked ? (params.get(asked) ?? '') : ''
  const started = useRef(false)
  useEffect(() => {
    if (!asked || started.current) return
    started.current = true
    create.mutate(
      { kind: asked, code: askedCode },
      { onSuccess: (app) => void navigate(`/portal/apply/${app.id}`, { replace: true }) },
    )
  }, [asked, askedCode, create, navigate])
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('online.signIn.signedInAs', { phone: me.phoneMasked })}
      </Typography.Text>
      <ErrorAlert error={create.error} />
      {(drafts.data ?? []).length > 0 && (
        <Card title={<h2 className="yimin-card-title">{t('online.apply.mine')}</h2>} size="small">
          <List
            dataSource={drafts.data}
            renderItem={(a) => (
              <List.Item
                actions={[
                  <Link key="open" to={`/portal/apply/${a.id}`}>
                    {t('online.apply.open')}
                  </Link>,
                ]}
              >
                <List.Item.Meta
                  title={<bdi>{a.name}</bdi>}
                  description={
                    <Space wrap>
                      <Tag color={a.status === 'draft' ? 'default' : 'blue'}>
                        {t(`online.apply.status.${a.status}`)}
                      </Tag>
                      {a.bundleNumber && <bdi>{a.bundleNumber}</bdi>}
                      <span>{formatDateTime(a.updatedAt, i18n.language)}</span>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={<h2 className="yimin-card-title">{t('online.apply.bundles')}</h2>} size="small">
        <List
          dataSource={(bundles.data?.items ?? []).filter((b) => b.isComplete)}
          loading={bundles.isPending}
          renderItem={(b) => (
            <List.Item
              actions={[
                <Button
                  key="apply"
                  type="primary"
                  icon={<CloudUploadOutlined aria-hidden />}
                  loading={create.isPending && create.variables.code === b.code}
                  onClick={() => start('bundle', b.code)}
                >
                  {t('online.apply.start')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Link to={`/portal/bundles/${encodeURIComponent(b.code)}`}>
                    <bdi>{name(b)}</bdi> <RightOutlined aria-hidden className="yimin-flip-rtl" />
                  </Link>
                }
                description={t('bundle.summary', {
                  matters: b.matters.length,
                  materials: b.materials.length,
                })}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={<h2 className="yimin-card-title">{t('online.apply.byMatter')}</h2>} size="small">
        <Form layout="inline" onFinish={(v: { code: string }) => start('matter', v.code.trim())}>
          <Form.Item
            name="code"
            label={t('online.apply.matterCode')}
            rules={[{ required: true, message: t('online.apply.matterCodeRequired') }]}
          >
            <Input autoComplete="off" style={{ maxWidth: 200 }} />
          </Form.Item>
          <Button htmlType="submit">{t('online.apply.start')}</Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('online.apply.byMatterHelp')} <Link to="/portal/guide">{t('portal.guides.title')}</Link>
        </Typography.Paragraph>
      </Card>
    </Space>
  )
}
