import type { SeedMatter } from '../types'
import construction from './construction'
import ga from './ga'
import gaCrj from './ga-crj'
import general from './general'
import gjj from './gjj'
import mzClJt from './mz-cl-jt'
import region from './region'
import rsYb from './rs-yb'
import scj from './scj'
import smg from './smg'
import sw from './sw'
import wjw from './wjw'
import zj from './zj'
import zrzyBdc from './zrzy-bdc'

/** Every matter of the demo catalog, by department file. */
export const allMatters: SeedMatter[] = [
  ...gaCrj,
  ...ga,
  ...rsYb,
  ...wjw,
  ...scj,
  ...sw,
  ...zj,
  ...zrzyBdc,
  ...gjj,
  ...mzClJt,
  ...construction,
  ...general,
  ...smg,
  ...region,
]
