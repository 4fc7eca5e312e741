import { FileSearchOutlined, PrinterOutlined, ScanOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCaseLookup } from '../../../api/cases'
import { ApiError } from '../../../api/client'
import { CardReaderButton } from '../../../components/CardReaderButton'
import { errorKey } from '../../../components/ErrorAlert'
import { formatDateTime, formatDay } from '../../../components/format'
import { eventKey } from '../../cases/case-events'
import { CaseStatusTag } from '../../cases/case-status'
import { isBundleNumber, useBundleLookup } from '../../../api/bundles'
import { BundleResult } from '../../portal/progress/BundleResult'
import { KioskScreen } from '../KioskScreen'
import { KeypadField } from '../ticket/Keypad'
import { parseScannedCaseNumber } from './scan'
import { useLocalName } from '../../../components/names'

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const

/**
 * The case or bundle number: typed on the keypad (the YJS key starts a bundle number), or a
 * receipt's QR scanned into the field (its address, then Enter).
 */
function CaseNumberField({
  value,
  onChange,
  onScanned,
}: {
  value: string
  onChange: (v: string) => void
  onScanned: (number: string) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="keypad-field">
      <label htmlFor="kiosk-progress-number" className="keypad-label">
        {t('progress.numberOrBundle')}
      </label>
      <span className="keypad-hint" id="kiosk-progress-number-hint">
        <ScanOutlined aria-hidden /> {t('kiosk.progress.scanHint')}
      </span>
      <input
        id="kiosk-progress-number"
        className="keypad-input"
        dir="ltr"
        inputMode="none"
        autoComplete="off"
        autoFocus
        aria-describedby="kiosk-progress-number-hint"
        value={value}
        onChange={(e) => onChange(e.target.value.slice(0, 300))}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return
          const number = parseScannedCaseNumber(value)
          if (number) {
            e.preventDefault()
            onScanned(number)
          }
        }}
      />
      <div
        className="keypad"
        role="group"
        aria-label={t('queue.kiosk.keypad', { label: t('progress.numberOrBundle') })}
        dir="ltr"
      >
        {digits.map((k) => (
          <button
            key={k}
            type="button"
            className="keypad-key"
            onClick={() => value.length < 27 && onChange(value + k)}
          >
            {k}
          </button>
        ))}
        <button
          type="button"
          className="keypad-key"
          onClick={() => !/^YJS/i.test(value) && onChange(`YJS${value}`)}
        >
          YJS
        </button>
        <button
          type="button"
          className="keypad-key"
          aria-label={t('queue.kiosk.backspace')}
          onClick={() => onChange(value.slice(0, -1))}
        >
          ⌫
        </button>
        <button type="button" className="keypad-key keypad-clear" onClick={() => onChange('')}>
          {t('queue.kiosk.clear')}
        </button>
      </div>
    </div>
  )
}

/**
 * Progress lookup (办件进度) at the kiosk: a case or bundle number (scanned or typed) and the last
 * four of the ID or phone. A bundle shows every matter's state, as the portal's progress page does.
 */
export function KioskProgress({
  onBack,
  initialNumber,
}: {
  onBack: () => void
  initialNumber: string | null
}) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const [numberText, setNumberText] = useState(initialNumber ?? '')
  const [factor, setFactor] = useState('')
  const [asked, setAsked] = useState<{ number: string; factor: string } | null>(null)
  const isBundle = asked !== null && isBundleNumber(asked.number)
  const caseLookup = useCaseLookup(asked && !isBundle ? asked : null)
  const bundleLookup = useBundleLookup(asked && isBundle ? asked : null)
  const lookup = isBundle ? bundleLookup : caseLookup
  const number = parseScannedCaseNumber(numberText)
  const isReady = number !== null && /^[0-9X]{4}$/.test(factor)
  const p = isBundle ? undefined : caseLookup.data
  const again = () => {
    setAsked(null)
    setNumberText('')
    setFactor('')
  }

  if (isBundle && bundleLookup.data) {
    return (
      <KioskScreen title={t('kiosk.features.progress.title')} icon={<FileSearchOutlined />} onBack={onBack}>
        <div className="kiosk-printable">
          <BundleResult b={bundleLookup.data} canRate={false} />
        </div>
        <ResultActions onAgain={again} />
      </KioskScreen>
    )
  }
  const notFound =
    lookup.error instanceof ApiError &&
    (lookup.error.code === 'CASE_LOOKUP_NOT_FOUND' || lookup.error.code === 'VALIDATION_FAILED')

  if (p && asked) {
    return (
      <KioskScreen title={t('kiosk.features.progress.title')} icon={<FileSearchOutlined />} onBack={onBack}>
        <article className="kiosk-result kiosk-printable" aria-labelledby="kiosk-progress-matter">
          <h3 id="kiosk-progress-matter">
            <bdi>{localName({ name: p.matterName })}</bdi>
          </h3>
          <dl className="kiosk-facts">
            <div>
              <dt>{t('case.number')}</dt>
              <dd>
                <bdi>{p.number}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t('progress.status')}</dt>
              <dd>
                <CaseStatusTag status={p.status} outcome={p.outcome} />
              </dd>
            </div>
            <div>
              <dt>{t('case.applicantName')}</dt>
              <dd>
                <bdi>{p.applicantNameMasked}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t('case.receivedOn')}</dt>
              <dd>{formatDay(p.receivedOn, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('case.acceptedOn')}</dt>
              <dd>{formatDay(p.acceptedOn, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('case.dueOn')}</dt>
              <dd>
                {p.dueOn
                  ? `${formatDay(p.dueOn, i18n.language)}${p.isDueProvisional ? ` (${t('case.provisional')})` : ''}`
                  : '—'}
              </dd>
            </div>
            {p.completedOn && (
              <div>
                <dt>{t('case.completedOn')}</dt>
                <dd>{formatDay(p.completedOn, i18n.language)}</dd>
              </div>
            )}
          </dl>
          <h4>{t('case.timeline')}</h4>
          <ol className="kiosk-timeline">
            {p.timeline.map((e, i) => (
              <li key={i}>
                <strong>{t(eventKey(e.type))}</strong> · <bdi>{formatDateTime(e.at, i18n.language)}</bdi>
              </li>
            ))}
          </ol>
        </article>
        <ResultActions onAgain={again} />
      </KioskScreen>
    )
  }

  return (
    <KioskScreen title={t('kiosk.features.progress.title')} icon={<FileSearchOutlined />} onBack={onBack}>
      <form
        className="queue-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (isReady) setAsked({ number, factor })
        }}
      >
        <p className="queue-form-note">{t('kiosk.progress.note')}</p>
        <div className="queue-fields">
          <CaseNumberField
            value={numberText}
            onChange={setNumberText}
            onScanned={(n) => {
              setNumberText(n)
              document.getElementById('kiosk-progress-factor')?.focus()
            }}
          />
          <div className="keypad-column">
            <KeypadField
              id="kiosk-progress-factor"
              label={t('progress.factor')}
              hint={t('progress.factorHelp')}
              value={factor}
              onChange={setFactor}
              maxLength={4}
              allowX
            />
            <CardReaderButton onRead={(card) => setFactor(card.idNumber.slice(-4))} />
          </div>
        </div>
        {numberText !== '' && number === null && (
          <p className="queue-note">{t('progress.numberOrBundleFormat')}</p>
        )}
        {notFound ? (
          <p role="alert" className="queue-error">
            {t('errors.CASE_LOOKUP_NOT_FOUND')}
          </p>
        ) : (
          lookup.isError && (
            <p role="alert" className="queue-error">
              {t(errorKey(lookup.error))}
            </p>
          )
        )}
        <button type="submit" className="kiosk-tile queue-submit" disabled={!isReady || lookup.isFetching}>
          <span>
            <FileSearchOutlined aria-hidden />{' '}
            {lookup.isFetching ? t('common.loading') : t('progress.search')}
          </span>
        </button>
      </form>
    </KioskScreen>
  )
}

/** Print the result, or look up another. */
function ResultActions({ onAgain }: { onAgain: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="ticket-actions">
      <button type="button" className="kiosk-tile kiosk-action" onClick={() => window.print()}>
        <span>
          <PrinterOutlined aria-hidden /> {t('kiosk.print')}
        </span>
      </button>
      <button type="button" className="kiosk-tile kiosk-action" onClick={onAgain}>
        <span>
          <FileSearchOutlined aria-hidden /> {t('kiosk.progress.another')}
        </span>
      </button>
    </div>
  )
}
