import { ClusterOutlined, RightOutlined } from '@ant-design/icons'
import { Card, Col, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useBundles } from '../../../api/catalog'
import { useLocalName } from '../../../components/names'

/** 一件事一次办: the public bundles, each a life event over several matters. */
export function BundleList() {
  const { t } = useTranslation()
  const name = useLocalName()
  const bundles = useBundles()
  const items = (bundles.data?.items ?? []).filter((b) => b.isComplete)
  if (items.length === 0) return null
  return (
    <section aria-labelledby="bundles-title" style={{ marginTop: 24 }}>
      <h2 id="bundles-title" style={{ fontSize: 18 }}>
        <ClusterOutlined aria-hidden /> {t('bundle.title')}
      </h2>
      {/* antd's grid rather than List: List brings its pagination and page-size select to the portal */}
      <Row gutter={[12, 12]} role="list">
        {items.map((b) => (
          <Col key={b.code} xs={24} sm={12} lg={8} role="listitem">
            <Card size="small">
              <Link
                to={`/portal/bundles/${encodeURIComponent(b.code)}`}
                style={{ fontSize: 17, fontWeight: 600 }}
              >
                <bdi>{name(b)}</bdi> <RightOutlined aria-hidden className="yimin-flip-rtl" />
              </Link>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t('bundle.summary', { matters: b.matters.length, materials: b.materials.length })}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  )
}
