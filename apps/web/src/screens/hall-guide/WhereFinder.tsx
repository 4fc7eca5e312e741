import { SearchOutlined } from '@ant-design/icons'
import type { Hall } from '@yimin/shared'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatterGuide, useMatterSearch } from '../../api/catalog'
import { LetterPad } from '../../components/LetterPad'
import { UyghurPad } from '../../components/UyghurPad'
import { useLocalName } from '../../components/names'
import { whereToGo } from './hall-directory'
import { WhereAnswerView } from './WhereAnswerView'

function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}

/** "Where do I go" for a matter: search by name or pinyin initials, pick one, read floor, area and windows. */
export function WhereFinder({ halls, isKiosk }: { halls: readonly Hall[]; isKiosk: boolean }) {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const [text, setText] = useState('')
  const [code, setCode] = useState<string | null>(null)
  const q = useDebounced(text.trim())
  const search = useMatterSearch({ q: q || undefined })
  const guide = useMatterGuide(code ?? '', code !== null)
  const g = guide.data
  const answer = g
    ? whereToGo(halls, {
        areaId: g.hallArea?.id ?? null,
        departmentId: g.document.departmentId,
        queueCategoryId: g.queueCategory?.id ?? null,
      })
    : null
  return (
    <section className="hall-where" aria-labelledby="hall-where-heading">
      <h3 id="hall-where-heading">{t('hallGuide.whereTitle')}</h3>
      <label htmlFor="hall-where-search" className="hall-where-label">
        <SearchOutlined aria-hidden /> {t('hallGuide.whereLabel')}
      </label>
      <input
        id="hall-where-search"
        type="search"
        className="kiosk-input hall-where-input"
        autoComplete="off"
        inputMode={isKiosk ? 'none' : 'search'}
        placeholder={t('guide.searchPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setCode(null)
        }}
      />
      {isKiosk &&
        (i18n.language === 'ug' ? (
          <UyghurPad
            label={t('hallGuide.whereLabel')}
            value={text}
            onChange={(v) => {
              setText(v)
              setCode(null)
            }}
          />
        ) : (
          <LetterPad
            label={t('hallGuide.whereLabel')}
            value={text}
            onChange={(v) => {
              setText(v)
              setCode(null)
            }}
          />
        ))}
      {code === null && q && (
        <ul className="hall-where-results" aria-label={t('guide.results')}>
          {(search.data?.items ?? []).slice(0, 8).map((m) => (
            <li key={m.code}>
              <button type="button" className="hall-where-result" onClick={() => setCode(m.code)}>
                <bdi>{name(m)}</bdi>
                <span className="hall-where-dept">
                  <bdi>{name(m.department)}</bdi>
                </span>
              </button>
            </li>
          ))}
          {search.data && search.data.items.length === 0 && (
            <li className="hall-where-none">{t('guide.noResults')}</li>
          )}
        </ul>
      )}
      {code !== null && g && (
        <div className="hall-where-picked">
          <p className="hall-where-matter">
            <bdi>{name(g.document)}</bdi>
          </p>
          <WhereAnswerView answer={answer} ticketPrefix={g.queueCategory?.prefix ?? null} />
        </div>
      )}
    </section>
  )
}
