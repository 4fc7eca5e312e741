import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/global.css'
import { loadCenterConfig } from './api/center'
import { i18nReady } from './i18n/setup'
import { App } from './app/App'

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
