import { ClockCircleOutlined, RightOutlined } from '@ant-design/icons'
import { Card, Col, Row, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export interface Section {
  /** i18n key prefix: `<key>.title` and `<key>.description` */
  key: string
  icon: ReactNode
  /** where the section lives once built; without it, it is marked "coming soon" */
  to?: string
}

/** The sections a role's home will hold. Unbuilt ones say so plainly; nothing is faked. */
export function SectionGrid({ sections, large = false }: { sections: Section[]; large?: boolean }) {
  const { t } = useTranslation()
  return (
    <Row gutter={[16, 16]} role="list">
      {sections.map((s) => {
        const body = (
          <Card
            hoverable={Boolean(s.to)}
            style={{ height: '100%' }}
            styles={{ body: { padding: large ? 28 : 20 } }}
          >
            <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
              <span
                aria-hidden
                style={{ fontSize: large ? 40 : 28, color: 'var(--yimin-primary)', lineHeight: 1 }}
              >
                {s.icon}
              </span>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Typography.Title
                  level={3}
                  style={{ fontSize: large ? 26 : 18, marginTop: 0, marginBottom: 6 }}
                >
                  {t(`${s.key}.title`)}
                </Typography.Title>
                <Typography.Paragraph
                  type="secondary"
                  style={{ marginBottom: 8, fontSize: large ? 18 : undefined }}
                >
                  {t(`${s.key}.description`)}
                </Typography.Paragraph>
                {s.to ? (
                  <span>
                    {t('common.open')} <RightOutlined aria-hidden className="yimin-flip-rtl" />
                  </span>
                ) : (
                  <Tag icon={<ClockCircleOutlined aria-hidden />} variant="outlined">
                    {t('common.comingSoon')}
                  </Tag>
                )}
              </div>
            </div>
          </Card>
        )
        return (
          <Col key={s.key} xs={24} sm={12} lg={8} role="listitem">
            {s.to ? (
              <Link to={s.to} style={{ display: 'block', height: '100%' }}>
                {body}
              </Link>
            ) : (
              body
            )}
          </Col>
        )
      })}
    </Row>
  )
}
