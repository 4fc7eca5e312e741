import type { Executor } from '../../db/database'
import type { TradingBookingsTable, TradingRoomsTable } from './trading.tables'

export type RoomRow = TradingRoomsTable
export type BookingRow = TradingBookingsTable

/** A lot whose opening falls in a span, with its project and its opening room (never an evaluation room). */
export interface OpeningRow {
  lot_id: string
  lot_name: string
  opening_at: string
  project_id: string
  project_code: string
  project_name: string
  category: string
  room_name: string | null
}

/** All SQL of rooms, bookings (with their half-hour slots) and the openings list. */
export class VenuesRepository {
  constructor(private readonly db: Executor) {}

  async insertRoom(row: RoomRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('trading_rooms').values(row).execute()
  }

  async listRooms(tx: Executor = this.db): Promise<RoomRow[]> {
    return tx.selectFrom('trading_rooms').selectAll().orderBy('kind').orderBy('name').execute()
  }

  async findRoom(id: string, tx: Executor = this.db): Promise<RoomRow | undefined> {
    return tx.selectFrom('trading_rooms').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** Inserts the booking and one row per slot: a slot already taken is a unique violation. */
  async insertBooking(row: BookingRow, slots: string[], tx: Executor): Promise<void> {
    await tx.insertInto('trading_bookings').values(row).execute()
    await tx
      .insertInto('trading_room_slots')
      .values(slots.map((s) => ({ room_id: row.room_id, slot_start: s, booking_id: row.id })))
      .execute()
  }

  async bookingsBetween(from: string, to: string, tx: Executor = this.db) {
    return tx
      .selectFrom('trading_bookings as b')
      .innerJoin('trading_rooms as r', 'r.id', 'b.room_id')
      .innerJoin('trading_lots as l', 'l.id', 'b.lot_id')
      .innerJoin('trading_projects as p', 'p.id', 'l.project_id')
      .where('b.starts_at', '<', to)
      .where('b.ends_at', '>', from)
      .select([
        'b.id',
        'b.room_id',
        'r.name as room_name',
        'r.kind as room_kind',
        'b.lot_id',
        'l.name as lot_name',
        'p.id as project_id',
        'p.code as project_code',
        'b.starts_at',
        'b.ends_at',
      ])
      .orderBy('b.starts_at')
      .execute()
  }

  /** Openings of public projects between two instants (the public site, the hall display). */
  async listOpenings(from: string, to: string, tx: Executor = this.db): Promise<OpeningRow[]> {
    const rows = await tx
      .selectFrom('trading_lots as l')
      .innerJoin('trading_projects as p', 'p.id', 'l.project_id')
      .where('l.opening_at', '>=', from)
      .where('l.opening_at', '<', to)
      .where('p.status', 'in', ['announced', 'evaluating', 'publicity', 'awarded', 'failed'])
      .select([
        'l.id as lot_id',
        'l.name as lot_name',
        'l.opening_at',
        'p.id as project_id',
        'p.code as project_code',
        'p.name as project_name',
        'p.category',
      ])
      .orderBy('l.opening_at')
      .orderBy('p.code')
      .execute()
    if (rows.length === 0) return []
    // only opening rooms: evaluation rooms (评标室) are never public
    const rooms = await tx
      .selectFrom('trading_bookings as b')
      .innerJoin('trading_rooms as r', 'r.id', 'b.room_id')
      .where('r.kind', '=', 'opening')
      .where(
        'b.lot_id',
        'in',
        rows.map((r) => r.lot_id),
      )
      .select(['b.lot_id', 'r.name'])
      .execute()
    const roomOf = new Map(rooms.map((r) => [r.lot_id, r.name]))
    return rows.map((r) => ({ ...r, opening_at: r.opening_at!, room_name: roomOf.get(r.lot_id) ?? null }))
  }

  /** Of these lots, those with an opening room booked. */
  async lotsWithOpeningRoom(lotIds: string[], tx: Executor = this.db): Promise<Set<string>> {
    if (lotIds.length === 0) return new Set()
    const rows = await tx
      .selectFrom('trading_bookings as b')
      .innerJoin('trading_rooms as r', 'r.id', 'b.room_id')
      .where('r.kind', '=', 'opening')
      .where('b.lot_id', 'in', lotIds)
      .select('b.lot_id')
      .execute()
    return new Set(rows.map((r) => r.lot_id))
  }
}
