import { DownloadOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Card, Empty, List, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDay } from '../../../components/format'
import { CaseStatusTag } from '../../cases/case-status'
import { RequireCitizen } from '../account/RequireCitizen'
import { useCitizenSignOut, useMyCases } from '../../../api/citizen'
import { useLocalName } from '../../../components/names'

/** /portal/my-cases — my cases (我的办件), newest first, with their status in words. */
export function MyCasesPage() {
  const { t } = useTranslation()
  return (
    <Shell title={t('online.myCases.title')}>
      <RequireCitizen>{(me) => <MyCasesBody phone={me.phoneMasked} />}</RequireCitizen>
    </Shell>
  )
}

function MyCasesBody({ phone }: { phone: string }) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const cases = useMyCases(true)
  const signOut = useCitizenSignOut()
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('online.signIn.signedInAs', { phone })}</Typography.Text>
        <Space wrap>
          <Link to="/portal/apply">
            <Button type="primary">{t('online.apply.title')}</Button>
          </Link>
          {/* 个人信息保护法: a copy of everything the center holds about me, as a file */}
          <Button
            href="/api/v1/citizen/my-data"
            download
            icon={<DownloadOutlined aria-hidden />}
            title={t('online.myCases.downloadDataHint')}
          >
            {t('online.myCases.downloadData')}
          </Button>
          <Button onClick={() => signOut.mutate()}>{t('online.signIn.signOut')}</Button>
        </Space>
      </Space>
      <ErrorAlert error={cases.error} />
      <Card size="small">
        <List
          loading={cases.isPending}
          dataSource={cases.data ?? []}
          locale={{ emptyText: <Empty description={t('online.myCases.empty')} /> }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/portal/my-cases/${c.id}`}>
                    <bdi>{localName({ name: c.matterName })}</bdi>{' '}
                    <RightOutlined aria-hidden className="yimin-flip-rtl" />
                  </Link>
                }
                description={
                  <Space wrap size={[8, 4]}>
                    <CaseStatusTag status={c.status} />
                    <span>
                      {t('case.number')}: <bdi>{c.number}</bdi>
                    </span>
                    {c.bundleNumber && (
                      <span>
                        {t('online.apply.bundleNumber')}: <bdi>{c.bundleNumber}</bdi>
                      </span>
                    )}
                    <span>
                      {c.dueOn
                        ? `${t('case.dueOn')}: ${formatDay(c.dueOn, i18n.language)}`
                        : `${t('case.intakeDueOn')}: ${formatDay(c.intakeDueOn, i18n.language)}`}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  )
}
