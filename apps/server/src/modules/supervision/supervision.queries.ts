import type { Executor } from '../../db/database'
import { AlertsRepository } from './alerts.repository'

export type { AlertRow } from './alerts.repository'

/**
 * How another module (ratings, trading) raises its alerts in supervision's list and clears them
 * when their condition is gone; the rows are built with `newAlertRow` (alert-rows.ts).
 */
export type AlertSink = Pick<
  AlertsRepository,
  'insertNew' | 'existingKeys' | 'unresolved' | 'resolve' | 'insertAction'
>

export const alertSink = (db: Executor): AlertSink => new AlertsRepository(db)
