import type { SeedDevice } from './types'

/**
 * Devices with fixed demo credentials (README.md): enter one on the device's `/device` page.
 * Window devices are bound to a window, kiosks and hall displays to an area.
 */
export const devices: SeedDevice[] = [
  {
    kind: 'kiosk',
    name: '一楼自助终端 1',
    credential: 'demo-kiosk-0001-credential',
    window: null,
    area: 'CITY',
  },
  {
    kind: 'hall_display',
    name: '一楼大厅显示屏',
    credential: 'demo-hall-display-credential',
    window: null,
    area: 'CITY',
  },
  {
    kind: 'window_display',
    name: '5 号窗口显示屏',
    credential: 'demo-window-5-display-credential',
    window: 5,
    area: null,
  },
  {
    kind: 'rating_pad',
    name: '5 号窗口评价器',
    credential: 'demo-window-5-rating-credential',
    window: 5,
    area: null,
  },
  {
    kind: 'kiosk',
    name: '一楼自助终端 2',
    credential: 'demo-kiosk-0002-credential',
    window: null,
    area: 'CITY',
  },
  {
    kind: 'kiosk',
    name: '三楼自助终端',
    credential: 'demo-kiosk-0003-credential',
    window: null,
    area: 'BUILD',
  },
  {
    kind: 'kiosk',
    name: '六楼自助终端',
    credential: 'demo-kiosk-0006-credential',
    window: null,
    area: 'SMG',
  },
  {
    kind: 'hall_display',
    name: '三楼大厅显示屏',
    credential: 'demo-hall-display-3-credential',
    window: null,
    area: 'BUILD',
  },
  {
    kind: 'hall_display',
    name: '六楼大厅显示屏',
    credential: 'demo-hall-display-6-credential',
    window: null,
    area: 'SMG',
  },
  {
    kind: 'window_display',
    name: '17 号窗口显示屏',
    credential: 'demo-window-17-display-credential',
    window: 17,
    area: null,
  },
  {
    kind: 'rating_pad',
    name: '17 号窗口评价器',
    credential: 'demo-window-17-rating-credential',
    window: 17,
    area: null,
  },
  {
    kind: 'rating_pad',
    name: '9 号窗口评价器',
    credential: 'demo-window-9-rating-credential',
    window: 9,
    area: null,
  },
  {
    kind: 'rating_pad',
    name: '61 号窗口评价器',
    credential: 'demo-window-61-rating-credential',
    window: 61,
    area: null,
  },
  {
    kind: 'wall_display',
    name: '监察中心大屏',
    credential: 'demo-wall-display-credential',
    window: null,
    area: null,
  },
]
