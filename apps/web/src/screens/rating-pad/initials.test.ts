import { describe, expect, it } from 'vitest'
import { initialsOf } from './initials'

describe('initialsOf', () => {
  it('takes the surname of a Chinese name, compound surnames whole', () => {
    expect(initialsOf('王小明')).toBe('王')
    expect(initialsOf('欧阳娜娜')).toBe('欧阳')
    expect(initialsOf('窗口人员 李娜')).toBe('李')
  })
  it('takes the first letters of up to two words otherwise', () => {
    expect(initialsOf('gulmira tursun')).toBe('GT')
    expect(initialsOf('Adil')).toBe('A')
    expect(initialsOf('گۈلمىرا تۇرسۇن')).toBe('گت')
    expect(initialsOf('Mehmet·Ali·Kurban')).toBe('MA')
  })
  it('shows a question mark for an empty name', () => {
    expect(initialsOf('  ')).toBe('?')
  })
})
