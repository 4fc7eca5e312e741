import type { SeedMatter } from '../types'
import gaCrj from './ga-crj'

/** Every matter of the demo catalog, by department file. */
export const allMatters: SeedMatter[] = [...gaCrj]
