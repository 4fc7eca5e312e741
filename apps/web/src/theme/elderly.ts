import { useSyncExternalStore } from 'react'
import './elderly.css'

/**
 * Elderly-friendly mode (适老化): larger type, higher contrast, a simpler layout. One switch for
 * the whole app; the portal keeps it for the browser session, the kiosk's idle timeout turns it off.
 * It is a class on <html> (for CSS) and a flag the antd theme reads (for component sizes).
 */
const storageKey = 'yimin.elderly'
const className = 'yimin-elderly'
const listeners = new Set<() => void>()

function stored(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(storageKey) === '1'
  } catch {
    return false
  }
}

let isOn = stored()
applyToDocument(isOn)

function applyToDocument(on: boolean): void {
  if (typeof document === 'undefined') return
  document.documentElement.classList.toggle(className, on)
}

export function isElderlyMode(): boolean {
  return isOn
}

export function setElderlyMode(on: boolean): void {
  if (on === isOn) return
  isOn = on
  applyToDocument(on)
  try {
    if (on) globalThis.sessionStorage?.setItem(storageKey, '1')
    else globalThis.sessionStorage?.removeItem(storageKey)
  } catch {
    // private mode: the choice lasts for this page only
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether elderly mode is on; re-renders when it changes. */
export function useElderlyMode(): boolean {
  return useSyncExternalStore(subscribe, isElderlyMode, () => false)
}
