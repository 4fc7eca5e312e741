import { LikeOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CardReaderButton } from '../../../components/CardReaderButton'
import { CaseRatingPanel } from '../../ratings/CaseRatingPanel'
import { KioskScreen } from '../KioskScreen'
import { KeypadField } from '../ticket/Keypad'

const isCaseNumber = (v: string) => /^\d{10,24}$/.test(v)
const isFactor = (v: string) => /^[0-9X]{4}$/.test(v)

/**
 * Rate a service (服务评价) at the kiosk: the case number and the last four of the ID or phone on
 * on-screen keypads (a kiosk has no keyboard; the card reader gives the last four), then the
 * ratings module's shared panel in its touch layout.
 */
export function KioskRate({ onBack, caseNumber }: { onBack: () => void; caseNumber: string | null }) {
  const { t } = useTranslation()
  const [number, setNumber] = useState(caseNumber ?? '')
  const [factor, setFactor] = useState('')
  const [proof, setProof] = useState<{ number: string; factor: string } | null>(null)
  const title = t('kiosk.features.rate.title')
  if (proof) {
    return (
      <KioskScreen
        title={title}
        icon={<LikeOutlined />}
        onBack={() => setProof(null)}
        backLabel={t('kiosk.rate.changeCase')}
      >
        <div className="kiosk-result">
          <p className="queue-form-note">
            {t('ratings.caseNumber')}: <bdi dir="ltr">{proof.number}</bdi>
          </p>
          <CaseRatingPanel large proof={proof} />
        </div>
      </KioskScreen>
    )
  }
  const isReady = isCaseNumber(number) && isFactor(factor)
  return (
    <KioskScreen title={title} icon={<LikeOutlined />} onBack={onBack}>
      <form
        className="queue-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (isReady) setProof({ number, factor })
        }}
      >
        <div className="queue-fields">
          <KeypadField
            id="kiosk-rate-number"
            label={t('ratings.caseNumber')}
            value={number}
            onChange={setNumber}
            maxLength={24}
          />
          <div className="keypad-column">
            <KeypadField
              id="kiosk-rate-factor"
              label={t('ratings.factor')}
              hint={t('ratings.factorHelp')}
              value={factor}
              onChange={setFactor}
              maxLength={4}
              allowX
            />
            <CardReaderButton onRead={(card) => setFactor(card.idNumber.slice(-4))} />
          </div>
        </div>
        {number !== '' && !isCaseNumber(number) && <p className="queue-note">{t('progress.numberFormat')}</p>}
        <button type="submit" className="kiosk-tile queue-submit" disabled={!isReady}>
          <span>
            <LikeOutlined aria-hidden /> {t('kiosk.rate.next')}
          </span>
        </button>
      </form>
    </KioskScreen>
  )
}
