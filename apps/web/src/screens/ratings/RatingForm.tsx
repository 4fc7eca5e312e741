import { ratingIndicators, ratingLevels, type RatingIndicator, type RatingLevel } from '@yimin/shared'
import { Button, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { levelIcons } from './levels'
import './ratings.css'

export interface RatingValue {
  level: RatingLevel
  indicators: Partial<Record<RatingIndicator, RatingLevel>>
  comment?: string
}

/**
 * The rating form every channel shares (window pad, QR page, kiosk, portal): the five national
 * levels as large buttons (icon and words), optional national indicators (efficiency, attitude,
 * convenience), an optional comment, and one submit. `large` is the touch layout (pad, kiosk).
 */
export function RatingForm({
  onSubmit,
  isPending,
  error,
  large = false,
  withComment = true,
  disabled = false,
}: {
  onSubmit: (value: RatingValue) => void
  isPending: boolean
  error: unknown
  large?: boolean
  withComment?: boolean
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [indicators, setIndicators] = useState<Partial<Record<RatingIndicator, RatingLevel>>>({})
  const [comment, setComment] = useState('')
  return (
    <form
      className={large ? 'rating-form rating-form-large' : 'rating-form'}
      onSubmit={(e) => {
        e.preventDefault()
        if (level) onSubmit({ level, indicators, ...(comment.trim() ? { comment: comment.trim() } : {}) })
      }}
    >
      <fieldset className="rating-fieldset" disabled={disabled || isPending}>
        <legend className="rating-legend">{t('ratings.overall')}</legend>
        <div className="rating-levels" role="radiogroup" aria-label={t('ratings.overall')}>
          {ratingLevels.map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={level === l}
              className={`rating-level rating-level-${l}${level === l ? ' is-chosen' : ''}`}
              data-testid={`level-${l}`}
              onClick={() => setLevel(l)}
            >
              <span aria-hidden className="rating-level-icon">
                {levelIcons[l]}
              </span>
              <span>{t(`ratings.levels.${l}`)}</span>
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="rating-fieldset" disabled={disabled || isPending}>
        <legend className="rating-legend">{t('ratings.indicatorsOptional')}</legend>
        {ratingIndicators.map((ind) => (
          <div
            key={ind}
            className="rating-indicator"
            role="radiogroup"
            aria-label={t(`ratings.indicators.${ind}`)}
          >
            <span className="rating-indicator-name">{t(`ratings.indicators.${ind}`)}</span>
            {ratingLevels.map((l) => (
              <button
                key={l}
                type="button"
                role="radio"
                aria-checked={indicators[ind] === l}
                title={t(`ratings.levels.${l}`)}
                aria-label={`${t(`ratings.indicators.${ind}`)}: ${t(`ratings.levels.${l}`)}`}
                className={`rating-chip${indicators[ind] === l ? ' is-chosen' : ''}`}
                onClick={() => setIndicators((v) => ({ ...v, [ind]: v[ind] === l ? undefined : l }))}
              >
                <span aria-hidden>{levelIcons[l]}</span>
                <span className="rating-chip-text">{t(`ratings.levels.${l}`)}</span>
              </button>
            ))}
          </div>
        ))}
      </fieldset>
      {withComment && (
        <label className="rating-comment">
          <span>{t('ratings.comment')}</span>
          <Input.TextArea
            value={comment}
            maxLength={500}
            rows={large ? 2 : 3}
            onChange={(e) => setComment(e.target.value)}
            disabled={disabled || isPending}
          />
        </label>
      )}
      <ErrorAlert error={error} />
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        disabled={!level || disabled}
        loading={isPending}
        data-testid="rating-submit"
      >
        {level ? t('ratings.submit') : t('ratings.chooseFirst')}
      </Button>
    </form>
  )
}
