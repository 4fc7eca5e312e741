/** Tables of the devices module: registered hall devices and their browser sessions. */
export interface DevicesTable {
  id: string
  kind: string
  name: string
  window_id: string | null
  area_id: string | null
  token_hash: string
  created_at: string
  created_by: string | null
  revoked_at: string | null
  revoked_by: string | null
  last_seen_at: string | null
}

/** A device's browser session (migration 0021): the cookie carries its token, never the credential. */
export interface DeviceSessionsTable {
  /** sha256 of the cookie token */
  id: string
  device_id: string
  created_at: string
  expires_at: string
  ended_at: string | null
  ip: string | null
  user_agent: string | null
}

export interface DeviceTables {
  devices: DevicesTable
  device_sessions: DeviceSessionsTable
}
