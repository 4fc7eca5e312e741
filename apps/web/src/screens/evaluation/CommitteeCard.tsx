import { CheckCircleOutlined, CloseCircleOutlined, LockOutlined } from '@ant-design/icons'
import { expertSpecialties, type ExpertSpecialtyName } from '@yimin/shared'
import { Button, Card, Descriptions, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  useCheckIn,
  useCommittee,
  useCommitteeCounts,
  useDraw,
  useDrawRecord,
  useVerifyDraw,
} from '../../api/evaluation'
import { DateTimePicker } from '../../components/DateTimePicker'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatInstant } from '../trading/TradingLabels'

const toInstant = (local: string) => new Date(`${local}:00+08:00`).toISOString()

/** Center staff: draw the committee, follow it in counts (never names), check members in. */
function StaffCommittee({ lotId }: { lotId: string }) {
  const { t } = useTranslation()
  const counts = useCommitteeCounts(lotId, true)
  const drawing = useDraw(lotId)
  const checkIn = useCheckIn(lotId)
  const [form, setForm] = useState<{
    specialty?: ExpertSpecialtyName
    size?: number
    at: string
    place: string
  }>({ at: '', place: '' })
  const [code, setCode] = useState('')
  const c = counts.data
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={counts.error ?? drawing.error ?? checkIn.error} />
      {c && c.draws > 0 ? (
        <Descriptions column={{ xs: 1, md: 3 }} size="small" data-testid="committee-counts">
          <Descriptions.Item label={t('evaluation.committee.size')}>{c.size ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.committee.draws')}>{c.draws}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.invitationStatuses.pending')}>
            {c.pending}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.invitationStatuses.accepted')}>
            {c.accepted}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.invitationStatuses.declined')}>
            {c.declined}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.invitationStatuses.expired')}>
            {c.expired}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.committee.checkedIn')}>
            <span data-testid="checked-in">{c.checkedIn}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Space wrap>
          <Select
            aria-label={t('evaluation.committee.specialty')}
            placeholder={t('evaluation.committee.specialty')}
            style={{ width: 200 }}
            options={expertSpecialties.map((s) => ({ value: s, label: t(`evaluation.specialties.${s}`) }))}
            onChange={(specialty: ExpertSpecialtyName) => setForm({ ...form, specialty })}
          />
          <InputNumber
            aria-label={t('evaluation.committee.size')}
            placeholder={t('evaluation.committee.sizeHint')}
            min={1}
            max={25}
            onChange={(v) => setForm({ ...form, size: typeof v === 'number' ? v : undefined })}
          />
          <DateTimePicker
            label={t('evaluation.committee.sessionAt')}
            value={form.at}
            onChange={(at) => setForm({ ...form, at })}
          />
          <Input
            aria-label={t('evaluation.committee.place')}
            placeholder={t('evaluation.committee.place')}
            onChange={(e) => setForm({ ...form, place: e.target.value })}
          />
          <Button
            type="primary"
            loading={drawing.isPending}
            disabled={!form.specialty || !form.at || !form.place.trim()}
            onClick={() =>
              drawing.mutate({
                specialty: form.specialty!,
                ...(form.size ? { size: form.size } : {}),
                sessionAt: toInstant(form.at),
                place: form.place.trim(),
              })
            }
          >
            {t('evaluation.committee.draw')}
          </Button>
        </Space>
      )}
      <Typography.Paragraph type="secondary">
        <LockOutlined aria-hidden /> {t('evaluation.committee.namesSecret')}
      </Typography.Paragraph>
      {c && c.accepted > 0 && (
        <Space.Compact>
          <Input
            aria-label={t('evaluation.committee.checkInCode')}
            placeholder={t('evaluation.committee.checkInCode')}
            inputMode="numeric"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          />
          <Button
            disabled={code.length !== 6}
            loading={checkIn.isPending}
            onClick={() => checkIn.mutate(code, { onSuccess: () => setCode('') })}
          >
            {t('evaluation.committee.checkIn')}
          </Button>
        </Space.Compact>
      )}
    </Space>
  )
}

/** A draw's record: its inputs, so anyone allowed can repeat it; the bidders' avoidance after the opening. */
function DrawRecord({ drawId }: { drawId: string }) {
  const { t, i18n } = useTranslation()
  const record = useDrawRecord(drawId)
  const verify = useVerifyDraw()
  const r = record.data
  if (!r) return <ErrorAlert error={record.error} />
  return (
    <Card size="small" title={t('evaluation.draw.title', { seq: r.seq })} data-testid="draw-record">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('evaluation.draw.when')}>
          <bdi>{formatInstant(r.createdAt, i18n.language)}</bdi>
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.reason')}>
          {t(`evaluation.draw.reasons.${r.reason}`, { defaultValue: r.reason })}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.committee.specialty')}>
          {t(`evaluation.specialties.${r.specialty}`, { defaultValue: r.specialty })}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.committee.size')}>{r.size}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.pool')}>{r.poolSize}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.seed')}>
          <Typography.Text code copyable>
            <bdi dir="ltr">{r.seed}</bdi>
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.avoidTenderee')}>
          {r.publicRules.tendereeCreditCodes.length + r.publicRules.tendereeUserIds.length}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.avoidBidders')}>
          {r.revealedExclusions ? (
            t('evaluation.draw.revealed', {
              orgs: r.revealedExclusions.bidderCreditCodes.length,
              people: r.revealedExclusions.bidderUserIds.length,
            })
          ) : (
            <Tag icon={<LockOutlined aria-hidden />}>{t('evaluation.draw.sealed')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.draw.digest')}>
          <Typography.Text code>
            <bdi dir="ltr">{r.sealedDigest.slice(0, 16)}…</bdi>
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        <Button loading={verify.isPending} onClick={() => verify.mutate(drawId)}>
          {t('evaluation.draw.verify')}
        </Button>
        {verify.data && (
          <>
            <Tag
              data-testid="draw-reproduced"
              color={verify.data.isReproduced ? 'success' : 'error'}
              icon={
                verify.data.isReproduced ? (
                  <CheckCircleOutlined aria-hidden />
                ) : (
                  <CloseCircleOutlined aria-hidden />
                )
              }
            >
              {t(verify.data.isReproduced ? 'evaluation.draw.reproduced' : 'evaluation.draw.notReproduced')}
            </Tag>
            <Tag
              color={verify.data.isSealIntact ? 'success' : 'error'}
              icon={
                verify.data.isSealIntact ? (
                  <CheckCircleOutlined aria-hidden />
                ) : (
                  <CloseCircleOutlined aria-hidden />
                )
              }
            >
              {t(verify.data.isSealIntact ? 'evaluation.draw.sealIntact' : 'evaluation.draw.sealBroken')}
            </Tag>
          </>
        )}
      </Space>
      <ErrorAlert error={verify.error} />
    </Card>
  )
}

/**
 * A lot's committee. Names are for the system and the supervising department until the result
 * (招标投标法 第37条): center staff draw and check in by counts; the supervisor sees names and
 * the draw records; the server answers 404 to anyone else, and this card says why.
 */
export function CommitteeCard({
  lotId,
  isStaff,
  maySeeNames,
}: {
  lotId: string
  isStaff: boolean
  maySeeNames: boolean
}) {
  const { t, i18n } = useTranslation()
  const committee = useCommittee(lotId, maySeeNames)
  const [drawId, setDrawId] = useState<string>()
  const names = committee.data
  return (
    <Card title={t('evaluation.committee.title')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {isStaff && <StaffCommittee lotId={lotId} />}
        {names && (
          <>
            <Table
              rowKey="invitationId"
              size="small"
              pagination={false}
              dataSource={names.members}
              data-testid="committee-names"
              columns={[
                { title: t('evaluation.committee.name'), render: (_, m) => <bdi lang="zh-CN">{m.name}</bdi> },
                {
                  title: t('evaluation.committee.employer'),
                  render: (_, m) => <bdi lang="zh-CN">{m.employerName}</bdi>,
                },
                {
                  title: t('evaluation.committee.status'),
                  render: (_, m) => <Tag>{t(`evaluation.invitationStatuses.${m.status}`)}</Tag>,
                },
                {
                  title: t('evaluation.committee.checkedIn'),
                  render: (_, m) =>
                    m.checkedInAt ? <bdi>{formatInstant(m.checkedInAt, i18n.language)}</bdi> : '—',
                },
              ]}
            />
            <Space wrap>
              {names.draws.map((d) => (
                <Button
                  key={d.id}
                  type={drawId === d.id ? 'primary' : 'default'}
                  onClick={() => setDrawId(d.id)}
                >
                  {t('evaluation.draw.title', { seq: d.seq })}
                </Button>
              ))}
            </Space>
            {drawId && <DrawRecord drawId={drawId} />}
          </>
        )}
        {!isStaff && !names && (
          <Typography.Paragraph type="secondary">
            <LockOutlined aria-hidden /> {t('evaluation.committee.namesSecret')}
          </Typography.Paragraph>
        )}
      </Space>
    </Card>
  )
}
