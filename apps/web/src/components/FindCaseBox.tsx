import { Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, ApiError, seg } from '../api/client'
import { errorKey } from './ErrorAlert'

/** "Find a case by number" for staff: opens the case page, or says why not. */
export function FindCaseBox() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [problem, setProblem] = useState<string | null>(null)
  const [isLoading, setIsLoading] = useState(false)
  const find = async (raw: string) => {
    const number = raw.trim()
    if (!/^\d{10,24}$/.test(number)) return setProblem(t('progress.numberFormat'))
    setIsLoading(true)
    setProblem(null)
    try {
      const { id } = await api<{ id: string }>(`/api/v1/cases/by-number/${seg(number)}`)
      void navigate(`/cases/${id}`)
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 404 ? t('case.findNotFound') : t(errorKey(error)),
      )
    } finally {
      setIsLoading(false)
    }
  }
  return (
    <div style={{ display: 'inline-flex', flexDirection: 'column', gap: 4 }}>
      <Input.Search
        aria-label={t('case.findByNumber')}
        placeholder={t('case.findByNumber')}
        inputMode="numeric"
        allowClear
        loading={isLoading}
        onSearch={(v) => void find(v)}
        style={{ width: 280 }}
        status={problem ? 'error' : undefined}
      />
      {problem && (
        <span role="alert" style={{ color: '#a8071a' }}>
          {problem}
        </span>
      )}
    </div>
  )
}
