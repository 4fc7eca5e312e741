/** The realtime bus's outbox: events by channel, in order of seq (migration 0001). */
export interface RealtimeEventsTable {
  seq: number
  channel: string
  type: string
  payload: string
  created_at: string
}

export interface RealtimeTables {
  realtime_events: RealtimeEventsTable
}
