import type { SeedBundle } from './types'

export const bundles: SeedBundle[] = []
