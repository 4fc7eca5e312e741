// The module the build's `yimin-text-packs` plugin generates (vite.config.ts).
declare module 'virtual:text-packs' {
  import type { ResourceKey } from 'i18next'
  export const packLoaders: Record<
    'zh-CN' | 'ug' | 'en',
    Record<keyof typeof import('./text-packs').textPacks, () => Promise<{ default: ResourceKey }>>
  >
}
