import type { DeviceKind, DeviceResponse, Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { DevicesTable } from './devices.tables'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { sha256 } from '../auth/auth.service'
import { assertCan } from '../auth/permissions'
import { hallOfPlace } from '../org/halls.queries'
import type { EventBus } from '../realtime/event-bus'
import type { DevicesRepository } from './devices.repository'

const SEEN_RESOLUTION_MS = 60_000
/** a device session lasts a year from its last rotation */
const SESSION_TTL_MS = 365 * 86_400_000
/** its token is replaced once a day (the browser gets the new one in a cookie) */
const ROTATE_AFTER_MS = 86_400_000
/** the replaced token keeps working this long (requests already in flight, a reconnecting stream) */
const ROTATION_GRACE_MS = 5 * 60_000

export type DevicePrincipal = Extract<Principal, { kind: 'device' }>

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
    return { device: presentDevice(row, 0), credential: token }
  }

  async list(actor: Principal): Promise<DeviceResponse[]> {
    assertCan(actor, 'device.read')
    const counts = await this.repo.liveSessionCounts(this.clock.now().toISOString())
    return (await this.repo.list()).map((d) => presentDevice(d, counts.get(d.id) ?? 0))
  }

  /**
   * A browser becomes the device: the credential is exchanged once for a session whose token
   * the cookie carries (stored hashed). The credential never travels as a cookie.
   */
  async startSession(
    credential: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ device: DevicePrincipal; token: string }> {
    const device = await this.authenticate(credential)
    if (!device)
      throw new AppError('DEVICE_INVALID_CREDENTIAL', 'this device credential is unknown or revoked')
    const token = newSecret()
    await this.db.transaction().execute(async (tx) => {
      await this.insertSession(device.deviceId, token, meta, tx)
      await this.audit.record(
        { actor: device, action: 'device.session.start', subject: `device:${device.deviceId}` },
        tx,
      )
    })
    return { device, token }
  }

  /**
   * The device behind a session token, or null when the session ended, expired or its device
   * was revoked. A day-old token is rotated: `rotatedToken` is the one to set in the cookie.
   */
  async resolveSession(
    token: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ device: DevicePrincipal; rotatedToken: string | null } | null> {
    const now = this.clock.now()
    const hash = sha256(token)
    const session = await this.repo.liveSession(hash, now.toISOString())
    if (!session) return null
    const row = await this.repo.findById(session.device_id)
    if (!row || row.revoked_at) return null
    const device = await this.principalOf(row)
    const graceEnd = new Date(now.getTime() + ROTATION_GRACE_MS).toISOString()
    if (now.getTime() - Date.parse(session.created_at) < ROTATE_AFTER_MS || session.expires_at <= graceEnd)
      return { device, rotatedToken: null }
    const rotatedToken = newSecret()
    const rotated = await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.retireSession(hash, graceEnd, tx))) return false
      await this.insertSession(row.id, rotatedToken, meta, tx)
      return true
    })
    return { device, rotatedToken: rotated ? rotatedToken : null }
  }

  /** This browser stops being the device. */
  async endSession(token: string): Promise<void> {
    await this.repo.endSession(sha256(token), this.clock.now().toISOString())
  }

  /** Signs every browser of a device out (the credential stays valid for a new activation). */
  async endSessions(actor: Principal, id: string): Promise<DeviceResponse> {
    assertCan(actor, 'device.manage')
    const device = await this.repo.findById(id)
    if (!device) throw new AppError('DEVICE_NOT_FOUND', 'no such device')
    await this.db.transaction().execute(async (tx) => {
      const ended = await this.repo.endSessionsOf(id, this.clock.now().toISOString(), tx)
      await this.audit.record(
        { actor, action: 'device.session.end', subject: `device:${id}`, details: { ended } },
        tx,
      )
      // open streams of the device close; the screen reconnects and finds its session gone
      await this.bus.publish(tx, `device:${id}`, 'device.revoked', { deviceId: id })
    })
    return presentDevice(device, 0)
  }

  private async insertSession(
    deviceId: string,
    token: string,
    meta: { ip: string | null; userAgent: string | null },
    tx: Executor,
  ): Promise<void> {
    const now = this.clock.now()
    await this.repo.insertSession(
      {
        id: sha256(token),
        device_id: deviceId,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
        ended_at: null,
        ip: meta.ip,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      },
      tx,
    )
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
    const sessions = await this.repo.liveSessionCounts(this.clock.now().toISOString())
    return presentDevice(
      { ...device, window_id: place.windowId, area_id: place.areaId },
      sessions.get(id) ?? 0,
    )
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
      await this.repo.endSessionsOf(id, now, tx)
      await this.audit.record({ actor, action: 'device.revoke', subject: `device:${id}` }, tx)
      await this.bus.publish(tx, `device:${id}`, 'device.revoked', { deviceId: id })
    })
    return presentDevice({ ...device, revoked_at: now, revoked_by: revokedBy }, 0)
  }

  async isRegistered(token: string): Promise<boolean> {
    return (await this.repo.findByTokenHash(sha256(token))) !== undefined
  }

  /** The device principal behind a credential, or null when unknown or revoked. */
  async authenticate(token: string): Promise<DevicePrincipal | null> {
    const device = await this.repo.findByTokenHash(sha256(token))
    if (!device || device.revoked_at) return null
    return this.principalOf(device)
  }

  private async principalOf(device: DevicesTable): Promise<DevicePrincipal> {
    const now = this.clock.now()
    if (!device.last_seen_at || now.getTime() - Date.parse(device.last_seen_at) > SEEN_RESOLUTION_MS) {
      await this.repo.markSeen(
        device.id,
        now.toISOString(),
        new Date(now.getTime() - SEEN_RESOLUTION_MS).toISOString(),
      )
    }
    return {
      kind: 'device',
      deviceId: device.id,
      deviceKind: device.kind as DeviceKind,
      name: device.name,
      windowId: device.window_id,
      areaId: device.area_id,
      hallId: await hallOfPlace(this.db, { windowId: device.window_id, areaId: device.area_id }),
    }
  }
}

export function presentDevice(r: DevicesTable, activeSessions: number): DeviceResponse {
  return {
    id: r.id,
    kind: r.kind as DeviceKind,
    name: r.name,
    windowId: r.window_id,
    areaId: r.area_id,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastSeenAt: r.last_seen_at,
    activeSessions,
  }
}
