import { AuditOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatterGuide, useMatterSearch } from '../../../api/catalog'
import { errorKey } from '../../../components/ErrorAlert'
import { LetterPad } from '../../../components/LetterPad'
import { UyghurPad } from '../../../components/UyghurPad'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { GuideView } from '../../portal/guide/GuideView'
import '../../hall-guide/hall-guide.css'
import { KioskScreen } from '../KioskScreen'

function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}

/** One matter's guide, large, printable. */
function KioskMatter({ code, onBack }: { code: string; onBack: () => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const guide = useMatterGuide(code)
  return (
    <KioskScreen
      title={guide.data ? name(guide.data.document) : t('kiosk.features.guide.title')}
      icon={<AuditOutlined />}
      onBack={onBack}
      backLabel={t('guide.backToSearch')}
    >
      {guide.isPending && <Loading />}
      {guide.isError && (
        <p role="alert" className="queue-error">
          {t(errorKey(guide.error))}
        </p>
      )}
      {guide.data && (
        <>
          <div className="kiosk-result kiosk-guide kiosk-printable">
            <GuideView guide={guide.data} />
          </div>
          <div className="ticket-actions">
            <button type="button" className="kiosk-tile kiosk-action" onClick={() => window.print()}>
              <span>
                <PrinterOutlined aria-hidden /> {t('kiosk.print')}
              </span>
            </button>
          </div>
        </>
      )}
    </KioskScreen>
  )
}

/** The service guide (办事指南) at the kiosk: search by name or pinyin initials on the letter pad, open a matter. */
export function KioskGuide({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const [text, setText] = useState('')
  const [code, setCode] = useState<string | null>(null)
  const q = useDebounced(text.trim())
  const search = useMatterSearch({ q: q || undefined })
  if (code) return <KioskMatter code={code} onBack={() => setCode(null)} />
  return (
    <KioskScreen title={t('kiosk.features.guide.title')} icon={<AuditOutlined />} onBack={onBack}>
      <div className="kiosk-search">
        <label htmlFor="kiosk-guide-search" className="keypad-label">
          <SearchOutlined aria-hidden /> {t('guide.searchLabel')}
        </label>
        <span className="keypad-hint" id="kiosk-guide-search-hint">
          {t('kiosk.guide.searchHint')}
        </span>
        <input
          id="kiosk-guide-search"
          type="search"
          className="keypad-input kiosk-input"
          dir="auto"
          inputMode="none"
          autoComplete="off"
          aria-describedby="kiosk-guide-search-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {i18n.language === 'ug' ? (
          <UyghurPad label={t('guide.searchLabel')} value={text} onChange={setText} />
        ) : (
          <LetterPad label={t('guide.searchLabel')} value={text} onChange={setText} />
        )}
      </div>
      <section aria-labelledby="kiosk-guide-results">
        <h3 id="kiosk-guide-results" className="kiosk-subheading">
          {t('guide.results')}{' '}
          <span role="status" aria-live="polite">
            {search.data ? t('guide.resultCount', { count: search.data.total }) : t('common.loading')}
          </span>
        </h3>
        {search.isError && (
          <p role="alert" className="queue-error">
            {t(errorKey(search.error))}
          </p>
        )}
        <ul className="hall-where-results kiosk-matter-list">
          {(search.data?.items ?? []).map((m) => (
            <li key={m.code}>
              <button type="button" className="hall-where-result" onClick={() => setCode(m.code)}>
                <bdi>{name(m)}</bdi>
                <span className="hall-where-dept">
                  <bdi>{name(m.department)}</bdi>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </KioskScreen>
  )
}
