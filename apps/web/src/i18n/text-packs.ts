/**
 * The translation sections (top-level keys of the language files) a surface needs on its first
 * load. The build makes one small chunk per language and pack (`vite.config.ts`, `textPacks`
 * plugin), so a display or the kiosk does not download the texts of every screen; every other
 * screen loads its language whole ('all'). `core` is what renders before any screen (the router,
 * the guards, antd's layout). `apps/web/test/text-packs.test.ts` checks each list against the
 * keys the surface's modules use: add a section here when that test names it.
 */
export const textPacks = {
  core: ['common'],
  display: ['app', 'device', 'deviceKinds', 'hall', 'live', 'queue', 'trading', 'windowDisplay'],
  kiosk: [
    'admin',
    'app',
    'bundle',
    'case',
    'caseEvents',
    'caseLight',
    'caseOutcome',
    'caseStatus',
    'device',
    'deviceKinds',
    'elderly',
    'errors',
    'facilityKinds',
    'fields',
    'guide',
    'hallGuide',
    'hallPlace',
    'kiosk',
    'language',
    'levels',
    'matter',
    'online',
    'progress',
    'queue',
    'ratings',
    'trading',
    'validation',
    'weekdays',
  ],
  portal: [
    'app',
    'appointments',
    'caseLight',
    'caseOutcome',
    'caseStatus',
    'demoHistory',
    'elderly',
    'guide',
    'language',
    'nav',
    'online',
    'performance',
    'portal',
    'roles',
    'trading',
  ],
} as const satisfies Record<string, readonly string[]>

export type TextPack = keyof typeof textPacks | 'all'
