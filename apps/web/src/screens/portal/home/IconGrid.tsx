import type { ReactNode } from 'react'
import { Link } from 'react-router'
import './portal-home.css'

export interface IconTile {
  key: string
  label: string
  icon: ReactNode
  to: string
  /** the icon's background: services (default), bundles (一件事) or matters */
  tone?: 'service' | 'bundle' | 'matter'
}

/** Four icons a row on a phone, eight on a wide screen, as the provincial service apps show them. */
export function IconGrid({ tiles, label }: { tiles: IconTile[]; label: string }) {
  return (
    <ul className="yimin-icon-grid" aria-label={label}>
      {tiles.map((tile) => (
        <li key={tile.key}>
          <Link to={tile.to} className="yimin-icon-tile">
            <span className="yimin-icon-tile-icon" data-tone={tile.tone ?? 'service'} aria-hidden>
              {tile.icon}
            </span>
            <bdi>{tile.label}</bdi>
          </Link>
        </li>
      ))}
    </ul>
  )
}
