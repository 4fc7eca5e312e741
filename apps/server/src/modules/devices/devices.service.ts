import type { DeviceKind, DeviceResponse, Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { DevicesTable } from '../../db/tables'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { sha256 } from '../auth/auth.service'
import { assertCan } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import type { DevicesRepository } from './devices.repository'

const SEEN_RESOLUTION_MS = 60_000

export type PlaceValidator = (
  place: { windowId: string | null; areaId: string | null },
  tx: Executor,
) => Promise<void>

/**
 * Kiosks, displays and rating pads. Each gets a credential once, at registration (shown once,
 * stored only as a hash). Revocation takes effect on the next request and closes live streams.
 */
export class DevicesService {
  private validatePlace: PlaceValidator = async () => {}

  constructor(
    private readonly db: Db,
    private readonly repo: DevicesRepository,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The organisation module checks that a window or area exists. */
  validatePlacesWith(validator: PlaceValidator): void {
    this.validatePlace = validator
  }

  async register(
    actor: Principal | 'system',
    input: { kind: DeviceKind; name: string; windowId: string | null; areaId: string | null },
    token: string = newSecret(),
  ): Promise<{ device: DeviceResponse; credential: string }> {
    if (actor !== 'system') assertCan(actor, 'device.manage')
    const now = this.clock.now().toISOString()
    const row: DevicesTable = {
      id: newId(),
      kind: input.kind,
      name: input.name,
      window_id: input.windowId,
      area_id: input.areaId,
      token_hash: sha256(token),
      created_at: now,
      created_by: actor === 'system' ? 'system' : actor.kind === 'staff' ? actor.userId : null,
      revoked_at: null,
      revoked_by: null,
      last_seen_at: null,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.validatePlace({ windowId: input.windowId, areaId: input.areaId }, tx)
      await this.repo.insert(row, tx)
      await this.audit.record(
        {
          actor: actor === 'system' ? 'system' : actor,
          action: 'device.register',
          subject: `device:${row.id}`,
        },
        tx,
      )
    })
    return { device: presentDevice(row), credential: token }
  }

  async list(actor: Principal): Promise<DeviceResponse[]> {
    assertCan(actor, 'device.read')
    return (await this.repo.list()).map(presentDevice)
  }

  /** Binds a device to a window (window display, rating pad) or an area (kiosk, hall display). */
  async bind(
    actor: Principal,
    id: string,
    place: { windowId: string | null; areaId: string | null },
  ): Promise<DeviceResponse> {
    assertCan(actor, 'device.manage')
    const device = await this.repo.findById(id)
    if (!device) throw new AppError('DEVICE_NOT_FOUND', 'no such device')
    await this.db.transaction().execute(async (tx) => {
      await this.validatePlace(place, tx)
      await this.repo.update(id, { window_id: place.windowId, area_id: place.areaId }, tx)
      await this.audit.record({ actor, action: 'device.bind', subject: `device:${id}`, details: place }, tx)
    })
    return presentDevice({ ...device, window_id: place.windowId, area_id: place.areaId })
  }

  async revoke(actor: Principal, id: string): Promise<DeviceResponse> {
    assertCan(actor, 'device.manage')
    const device = await this.repo.findById(id)
    if (!device) throw new AppError('DEVICE_NOT_FOUND', 'no such device')
    if (device.revoked_at) throw new AppError('DEVICE_ALREADY_REVOKED', 'this device is already revoked')
    const now = this.clock.now().toISOString()
    const revokedBy = actor.kind === 'staff' ? actor.userId : null
    await this.db.transaction().execute(async (tx) => {
      await this.repo.update(id, { revoked_at: now, revoked_by: revokedBy }, tx)
      await this.audit.record({ actor, action: 'device.revoke', subject: `device:${id}` }, tx)
      await this.bus.publish(tx, `device:${id}`, 'device.revoked', { deviceId: id })
    })
    return presentDevice({ ...device, revoked_at: now, revoked_by: revokedBy })
  }

  async isRegistered(token: string): Promise<boolean> {
    return (await this.repo.findByTokenHash(sha256(token))) !== undefined
  }

  /** The device principal behind a credential, or null when unknown or revoked. */
  async authenticate(token: string): Promise<Extract<Principal, { kind: 'device' }> | null> {
    const device = await this.repo.findByTokenHash(sha256(token))
    if (!device || device.revoked_at) return null
    const now = this.clock.now()
    if (!device.last_seen_at || now.getTime() - Date.parse(device.last_seen_at) > SEEN_RESOLUTION_MS) {
      await this.repo.update(device.id, { last_seen_at: now.toISOString() })
    }
    return {
      kind: 'device',
      deviceId: device.id,
      deviceKind: device.kind as DeviceKind,
      name: device.name,
      windowId: device.window_id,
      areaId: device.area_id,
      hallId: await this.repo.hallOf(device),
    }
  }
}

export function presentDevice(r: DevicesTable): DeviceResponse {
  return {
    id: r.id,
    kind: r.kind as DeviceKind,
    name: r.name,
    windowId: r.window_id,
    areaId: r.area_id,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastSeenAt: r.last_seen_at,
  }
}
