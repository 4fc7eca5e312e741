// The module the build's `yimin-text-packs` plugin generates (vite.config.ts).
declare module 'virtual:text-packs' {
  import type { ResourceKey } from 'i18next'
  // an ambient module cannot import a relative module: the pack names come by an import() type
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type Pack = keyof typeof import('./text-packs').textPacks
  export const packLoaders: Record<
    'zh-CN' | 'ug' | 'en',
    Record<Pack, () => Promise<{ default: ResourceKey }>>
  >
}
