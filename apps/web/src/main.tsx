import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/global.css'
import { loadCenterConfig } from './api/center'
import { i18nReady } from './i18n/setup'
import { App } from './app/App'

// A screen's chunk from an earlier build is gone (the server was updated while this page stayed
// open, as kiosks and displays do for days): load the new build, at most once a minute.
window.addEventListener('vite:preloadError', (event) => {
  const last = Number(sessionStorage.getItem('yimin.reloadedAt') ?? 0)
  if (Date.now() - last < 60_000) return
  event.preventDefault()
  sessionStorage.setItem('yimin.reloadedAt', String(Date.now()))
  window.location.reload()
})

// Every screen but the displays renders inside antd's providers (a lazy layout route): fetch that
// chunk now, beside the language, rather than after the first render asks for it.
if (!window.location.pathname.startsWith('/display/')) void import('./app/AntdProviders')

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
// The first render waits for the active language's texts (one chunk) and the center's time zone.
void Promise.allSettled([i18nReady, loadCenterConfig()]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
