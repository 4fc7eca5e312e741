import type { Applicant, MatterVersion } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { WorkingCalendar } from '../calendar/working-days'
import { intakeDeadline } from './case-clock'
import type { CaseContext } from './case-context'
import type { DocumentKind } from './case-documents'
import { printCaseDocument } from './case-print'
import { CaseJournal, type CaseActor } from './case-journal'
import { queueBundleReceived } from './bundle-notices'
import { queueNotice } from './case-notices'
import { receivedCaseRow, receivedMaterialRows } from './case-rows'
import type { CaseRow } from './cases.repository'

/**
 * The case core as the online channel uses it (hooks for modules/online): a citizen files a
 * case (channel 'online', 已接件, into the intake queue of the matter's department), resubmits
 * after a correction notice and withdraws — with the same journal, clock and notices as the
 * window's actions. A citizen reaches only cases filed under their own account; any other
 * case is CASE_NOT_FOUND.
 */
export class OnlineCaseActions {
  private readonly journal: CaseJournal

  constructor(private readonly ctx: CaseContext) {
    this.journal = new CaseJournal(ctx.db, ctx.cases, ctx.events, ctx.clock, ctx.config.eventHash)
  }

  transact<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
    return this.journal.transact(fn)
  }

  /** The next number of the center for the day: case numbers (no prefix) or bundle numbers (YJS…). */
  async nextNumber(prefix: string, tx: Executor): Promise<string> {
    const today = this.ctx.calendar.today().replaceAll('-', '')
    const seq = await this.ctx.cases.nextSequence(
      `${prefix}${this.ctx.config.centerDivisionCode}${today}`,
      tx,
    )
    return `${prefix}${this.ctx.config.centerDivisionCode}${today}${String(seq).padStart(5, '0')}`
  }

  /**
   * PostgreSQL: `count` numbers (case numbers, or bundle numbers with prefix YJS) taken before
   * the transaction that uses them (CasesRepository.nextSequencesAhead); SQLite: null.
   */
  async numbersAhead(prefix: string, count: number): Promise<string[] | null> {
    const today = this.ctx.calendar.today().replaceAll('-', '')
    const full = `${prefix}${this.ctx.config.centerDivisionCode}${today}`
    const seqs = await this.ctx.cases.nextSequencesAhead(full, count)
    return seqs && seqs.map((seq) => `${full}${String(seq).padStart(5, '0')}`)
  }

  /** Files one case inside the caller's transaction; `files` maps material positions to stored files. */
  async open(
    tx: Executor,
    input: {
      version: MatterVersion
      cal: WorkingCalendar
      citizenId: string
      applicant: Applicant
      formData: Record<string, unknown>
      bundleId: string | null
      /** a bundle's lead department (the bundle window takes every case of it in) */
      intakeDepartmentId?: string | null
      files: Map<number, string>
      /** positions an earlier matter of the bundle issues (awaited, not uploaded) */
      awaited?: ReadonlySet<number>
      /** a number taken ahead (numbersAhead); else one is taken now */
      number?: string
    },
  ): Promise<CaseRow> {
    const doc = input.version.document
    const today = this.ctx.calendar.today()
    const now = this.ctx.clock.now().toISOString()
    const division = this.ctx.config.centerDivisionCode
    const intake = intakeDeadline(input.cal, {
      submittedOn: today,
      intakeLimitDays: doc.intakeLimitDays,
      today,
    })
    const number = input.number ?? (await this.nextNumber('', tx))
    const id = newId()
    const actor = citizenActor(input.citizenId)
    const { row } = await this.journal.open(
      tx,
      receivedCaseRow({
        id,
        number,
        version: input.version,
        division,
        channel: 'online',
        bundleId: input.bundleId,
        intakeDepartmentId: input.intakeDepartmentId ?? null,
        applicant: input.applicant,
        agent: null,
        notify: 'applicant',
        citizenId: input.citizenId,
        formData: input.formData,
        today,
        now,
        intake,
        receivedBy: actor.label,
        windowId: null,
      }),
      actor,
      {
        type: 'received',
        data: {
          channel: 'online',
          submittedMaterials: [...input.files.keys()].sort((x, y) => x - y),
          hasAgent: false,
          bundleId: input.bundleId,
        },
      },
    )
    await this.ctx.cases.insertMaterials(
      receivedMaterialRows(id, doc, (i) => ({
        isSubmitted: input.files.has(i),
        fileKey: input.files.get(i) ?? null,
        isAwaited: !input.files.has(i) && (input.awaited?.has(i) ?? false),
      })),
      tx,
    )
    // a bundle's case: the bundle's one "received" notice follows (fileBundleNotice)
    await queueNotice(this.ctx.sms, tx, row, { kind: 'received' })
    return row
  }

  /** The one "received" SMS of a bundle just filed, with its bundle number (not one per case). */
  async fileBundleNotice(
    tx: Executor,
    input: { bundleId: string; bundleName: string; bundleNumber: string; count: number; recipient: string },
  ): Promise<void> {
    await queueBundleReceived(this.ctx.sms, tx, input)
  }

  /** The citizen's own case, or CASE_NOT_FOUND (another citizen's case does not exist for them). */
  async own(citizenId: string, caseId: string, tx?: Executor): Promise<CaseRow> {
    const row = await this.ctx.cases.find(caseId, tx)
    if (!row || row.citizen_id !== citizenId) throw new AppError('CASE_NOT_FOUND', 'no such case')
    return row
  }

  /**
   * Resubmission after the one-time notice (CaseIntakeService.resubmit semantics: the intake
   * clock starts again); the files become the materials' content.
   */
  async resubmit(
    citizenId: string,
    caseId: string,
    supplied: Map<number, string>,
    inTx: (tx: Executor) => Promise<void>,
  ): Promise<CaseRow> {
    const cal = await this.ctx.calendar.get()
    return this.journal.transact(async (tx) => {
      const row = await this.own(citizenId, caseId, tx)
      const version = await this.ctx.matters.getVersion(row.matter_version_id, tx)
      const materials = await this.ctx.cases.materials(row.id, tx)
      for (const m of materials) {
        const key = supplied.get(m.position)
        if (key) await this.ctx.cases.updateMaterial(m.id, { status: 'supplied', file_key: key }, tx)
      }
      const today = this.ctx.calendar.today()
      const intake = intakeDeadline(cal, {
        submittedOn: today,
        intakeLimitDays: version.document.intakeLimitDays,
        today,
      })
      const { row: next } = await this.journal.record(tx, row, citizenActor(citizenId), {
        type: 'resubmitted',
        action: 'resubmit',
        patch: {
          submitted_on: today,
          intake_due_on: intake.dueDate,
          is_due_provisional: toFlag(intake.isProvisional),
        },
        data: { suppliedMaterials: [...supplied.keys()].sort((x, y) => x - y), channel: 'online' },
      })
      await inTx(tx)
      return next
    })
  }

  /** 撤回 by the applicant, where the state machine allows it. */
  async withdraw(citizenId: string, caseId: string, reason: string): Promise<CaseRow> {
    return this.journal.transact(async (tx) => {
      const row = await this.own(citizenId, caseId, tx)
      const { row: next } = await this.journal.record(tx, row, citizenActor(citizenId), {
        type: 'withdrawn',
        action: 'withdraw',
        patch: { closed_at: this.ctx.clock.now().toISOString() },
        reason,
      })
      return next
    })
  }

  /** A printable document of the citizen's own case (the same documents the window prints). */
  async document(citizenId: string, caseId: string, kind: DocumentKind, origin: string): Promise<string> {
    const row = await this.own(citizenId, caseId)
    return printCaseDocument(this.ctx, row, kind, origin)
  }
}

export const citizenActor = (citizenId: string): CaseActor => ({
  label: `citizen:${citizenId}`,
  role: 'applicant',
  departmentId: null,
})
