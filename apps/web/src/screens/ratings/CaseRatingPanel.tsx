import { CheckCircleOutlined } from '@ant-design/icons'
import type { RatingResponse } from '@yimin/shared'
import { Alert, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRateCaseOrTicket } from '../../api/ratings'
import { LevelTag } from './levels'
import { RatingForm, type RatingValue } from './RatingForm'

/** A case number (digits) or a bundle number (YJS + digits), as the rating routes take them. */
const isRatableNumber = (n: string) => /^(\d{6,40}|YJS\d{10,24})$/i.test(n.trim())

/**
 * Rating a completed case (一事一评) with the proof the public lookup asks — the case number (or a
 * bundle's number, YJS…: the bundle is rated once, as a whole) and the last four of the applicant's
 * ID or phone — or a visit from its ticket's QR (id + token).
 * Reusable: the QR/progress page shows it, the kiosk can show it `large` (touch layout).
 */
export function CaseRatingPanel({
  caseNumber = '',
  ticket = null,
  large = false,
  proof: givenProof = null,
}: {
  caseNumber?: string
  ticket?: { id: string; token: string } | null
  large?: boolean
  /** the proof already typed elsewhere (the kiosk's keypads): the panel then asks only the rating */
  proof?: { number: string; factor: string } | null
}) {
  const { t } = useTranslation()
  const [typedProof, setProof] = useState({ number: caseNumber, factor: '' })
  const proof = givenProof ?? typedProof
  const [done, setDone] = useState<RatingResponse | null>(null)
  const rate = useRateCaseOrTicket(setDone)
  const send = (v: RatingValue) =>
    rate.mutate(
      ticket
        ? { ticket: { ticketId: ticket.id, token: ticket.token, ...v } }
        : {
            case: {
              caseNumber: proof.number.trim().toUpperCase(),
              factor: proof.factor.trim().toUpperCase(),
              ...v,
            },
          },
    )
  if (done) {
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined aria-hidden />}
        role="status"
        data-testid="rating-done"
        title={t('ratings.thanks')}
        description={
          <span>
            <bdi>{done.subjectLabel}</bdi> <LevelTag level={done.level} />
            {done.isBad ? <div>{t('ratings.badFollowUp')}</div> : null}
          </span>
        }
      />
    )
  }
  const proofMissing =
    !ticket && (!isRatableNumber(proof.number) || !/^[0-9Xx]{4}$/.test(proof.factor.trim()))
  return (
    <div className="rating-panel">
      {!ticket && !givenProof && (
        <Form layout="vertical" component="div">
          <Form.Item label={t('progress.numberOrBundle')} required htmlFor="rate-case-number">
            <Input
              id="rate-case-number"
              size="large"
              dir="ltr"
              autoComplete="off"
              value={proof.number}
              onChange={(e) => setProof((p) => ({ ...p, number: e.target.value }))}
              data-testid="rate-number"
            />
          </Form.Item>
          <Form.Item
            label={t('ratings.factor')}
            extra={t('ratings.factorHelp')}
            required
            htmlFor="rate-factor"
          >
            <Input
              id="rate-factor"
              size="large"
              maxLength={4}
              autoComplete="off"
              style={{ maxWidth: 160 }}
              value={proof.factor}
              onChange={(e) => setProof((p) => ({ ...p, factor: e.target.value }))}
              data-testid="rate-factor"
            />
          </Form.Item>
        </Form>
      )}
      <RatingForm
        large={large}
        disabled={proofMissing}
        isPending={rate.isPending}
        error={rate.error}
        onSubmit={send}
      />
    </div>
  )
}
