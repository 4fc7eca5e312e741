import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findVoiceDir } from './queue.module'
import { allSegments, callSegments, chineseNumber, uyghurNumber } from './voice'

describe('voice segments', () => {
  it('reads window numbers as numbers in Chinese and Uyghur', () => {
    expect(chineseNumber(5)).toEqual(['zh-5'])
    expect(chineseNumber(10)).toEqual(['zh-10'])
    expect(chineseNumber(17)).toEqual(['zh-10', 'zh-7'])
    expect(chineseNumber(61)).toEqual(['zh-6', 'zh-10', 'zh-1'])
    expect(chineseNumber(205)).toEqual(['zh-2', 'zh-100', 'zh-0', 'zh-5'])
    expect(chineseNumber(310)).toEqual(['zh-3', 'zh-100', 'zh-1', 'zh-10'])
    expect(uyghurNumber(17)).toEqual(['ug-10', 'ug-7'])
    expect(uyghurNumber(100)).toEqual(['ug-100'])
    expect(uyghurNumber(205)).toEqual(['ug-2', 'ug-100', 'ug-5'])
  })

  it('says 请 A082 号到 5 号窗口办理, then the Uyghur', () => {
    expect(callSegments('A082', 5)).toEqual(
      [
        'zh-qing',
        'zh-a',
        'zh-0',
        'zh-8',
        'zh-2',
        'zh-hao',
        'zh-dao',
        'zh-5',
        'zh-chuangkou',
        'zh-banli',
        'pause',
        'ug-a',
        'ug-0',
        'ug-8',
        'ug-2',
        'ug-xeridar',
        'ug-5',
        'ug-koznek',
      ].map((s) => `${s}.ogg`),
    )
  })

  it('ships every segment a call can use, small', () => {
    const dir = findVoiceDir()
    let total = 0
    for (const f of allSegments()) {
      const file = path.join(dir, f)
      expect(fs.existsSync(file), f).toBe(true)
      total += fs.statSync(file).size
    }
    for (let n = 1; n <= 999; n += 7)
      for (const s of callSegments(`Z${String(n).padStart(3, '0')}`, n)) expect(allSegments()).toContain(s)
    expect(total).toBeLessThan(3_000_000)
  })
})
