import { type z } from 'zod'
import type { Principal, RoomKind, bookingResponse, createRoomRequest, roomResponse } from '@yimin/shared'
import type { Db } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan } from '../auth/permissions'
import type { TradingJournal } from './trading-journal'
import type { TradingRepository } from './trading.repository'
import type { RoomRow, VenuesRepository } from './venues.repository'
import { bookingSlots } from './venues.rules'

type Room = z.infer<typeof roomResponse>
type Booking = z.infer<typeof bookingResponse>

const presentRoom = (r: RoomRow): Room => ({
  id: r.id,
  name: r.name,
  kind: r.kind as RoomKind,
  capacity: Number(r.capacity),
  equipment: fromJson<string[]>(r.equipment) ?? [],
})

/**
 * Opening rooms (开标室) and evaluation rooms (评标室), booked per lot and time by the center.
 * A double booking is refused by the slots' unique key inside the booking's transaction, so of
 * concurrent requests for one room and time exactly one wins (TRADING_ROOM_TAKEN for the others).
 * Bookings are staff-only: evaluation rooms never reach a public route.
 */
export class VenuesService {
  constructor(
    private readonly db: Db,
    private readonly repo: VenuesRepository,
    private readonly trading: TradingRepository,
    private readonly journal: TradingJournal,
    private readonly clock: Clock,
  ) {}

  async createRoom(actor: Principal, input: z.infer<typeof createRoomRequest>): Promise<Room> {
    assertCan(actor, 'trading.register')
    const row: RoomRow = {
      id: newId(),
      name: input.name,
      kind: input.kind,
      capacity: input.capacity,
      equipment: toJson(input.equipment),
      created_at: this.clock.now().toISOString(),
    }
    await this.repo.insertRoom(row)
    return presentRoom(row)
  }

  async listRooms(actor: Principal): Promise<Room[]> {
    assertCan(actor, 'trading.register')
    return (await this.repo.listRooms()).map(presentRoom)
  }

  async book(
    actor: Principal,
    input: { roomId: string; lotId: string; startsAt: string; endsAt: string },
  ): Promise<Booking> {
    assertCan(actor, 'trading.register')
    const span = bookingSlots(input.startsAt, input.endsAt)
    if ('problem' in span) throw new AppError('TRADING_BOOKING_INVALID', `the booking is ${span.problem}`)
    const room = await this.repo.findRoom(input.roomId)
    if (!room) throw new AppError('TRADING_ROOM_NOT_FOUND', 'no such room')
    const lot = await this.trading.findLot(input.lotId)
    if (!lot) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    const startsAt = new Date(input.startsAt).toISOString()
    const endsAt = new Date(input.endsAt).toISOString()
    const at = this.clock.now().toISOString()
    const id = newId()
    try {
      await this.db.transaction().execute(async (tx) => {
        const project = await this.trading.findProject(lot.project_id, tx)
        if (!project || project.status === 'draft' || project.status === 'terminated')
          throw new AppError('TRADING_PROJECT_STATE', 'only registered projects book rooms')
        await this.repo.insertBooking(
          {
            id,
            room_id: room.id,
            lot_id: lot.id,
            starts_at: startsAt,
            ends_at: endsAt,
            created_by: actor.kind === 'staff' ? actor.userId : 'system',
            created_at: at,
          },
          span.slots,
          tx,
        )
        await this.journal.append(tx, project, actor, at, 'room.booked', {
          bookingId: id,
          lotId: lot.id,
          roomKind: room.kind,
          startsAt,
          endsAt,
        })
      })
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('TRADING_ROOM_TAKEN', 'the room is booked for this time')
      throw err
    }
    const [b] = (await this.repo.bookingsBetween(startsAt, endsAt)).filter((x) => x.id === id)
    return presentBooking(b!)
  }

  async bookings(actor: Principal, from: string, to: string): Promise<Booking[]> {
    assertCan(actor, 'trading.register')
    return (await this.repo.bookingsBetween(new Date(from).toISOString(), new Date(to).toISOString())).map(
      presentBooking,
    )
  }
}

function presentBooking(b: {
  id: string
  room_id: string
  room_name: string
  room_kind: string
  lot_id: string
  lot_name: string
  project_id: string
  project_code: string
  starts_at: string
  ends_at: string
}): Booking {
  return {
    id: b.id,
    roomId: b.room_id,
    roomName: b.room_name,
    roomKind: b.room_kind as RoomKind,
    lotId: b.lot_id,
    lotName: b.lot_name,
    projectId: b.project_id,
    projectCode: b.project_code,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
  }
}
