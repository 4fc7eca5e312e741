import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Shell } from '../../app/Shell'

export function NotFound() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Shell title={t('notFound.title')}>
      <Result
        status="404"
        subTitle={t('notFound.description')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    </Shell>
  )
}
