import { describe, expect, it } from 'vitest'
import type { FormField } from './catalog'
import {
  checkFormData,
  checkFormValue,
  formFieldLabel,
  formOptionLabel,
  normalizeFormData,
} from './form-fields'
import { residentIdCheckChar } from './identity'

const field = (over: Partial<FormField> & Pick<FormField, 'type'>): FormField => ({
  key: 'f',
  label: { zh: '字段' },
  isRequired: false,
  options: [],
  ...over,
})

describe('application form answers', () => {
  it('a blank answer is a problem only for a required field', () => {
    expect(checkFormValue(field({ type: 'text', isRequired: true }), '  ')).toBe('required')
    expect(checkFormValue(field({ type: 'text' }), undefined)).toBeNull()
  })
  it('checks each type', () => {
    expect(checkFormValue(field({ type: 'number', min: 1, max: 2 }), '3')).toBe('too-large')
    expect(checkFormValue(field({ type: 'number', min: 1 }), 0)).toBe('too-small')
    expect(checkFormValue(field({ type: 'number' }), '1e3')).toBe('type')
    expect(checkFormValue(field({ type: 'number' }), '2.5')).toBeNull()
    expect(checkFormValue(field({ type: 'date' }), '2026-02-29')).toBe('type')
    expect(checkFormValue(field({ type: 'date' }), '2028-02-29')).toBeNull()
    expect(checkFormValue(field({ type: 'select', options: [{ zh: '香港' }] }), '台湾')).toBe('option')
    expect(checkFormValue(field({ type: 'phone' }), '13800138000')).toBeNull()
    const first17 = '65010219900307123'
    expect(
      checkFormValue(field({ type: 'id_number' }), `${first17}${residentIdCheckChar(first17)}`),
    ).toBeNull()
    expect(checkFormValue(field({ type: 'text', maxLength: 2 }), '乌鲁木齐')).toBe('too-long')
    expect(checkFormValue(field({ type: 'text' }), 5)).toBe('type')
  })
  it('names unknown keys first, then each field in order', () => {
    const fields = [field({ key: 'a', type: 'text', isRequired: true }), field({ key: 'b', type: 'number' })]
    expect(checkFormData(fields, { z: 1, b: 'x' })).toEqual([
      { key: 'z', problem: 'unknown' },
      { key: 'a', problem: 'required' },
      { key: 'b', problem: 'type' },
    ])
  })
  it('stores trimmed text, numbers as numbers, no blanks', () => {
    const fields = [
      field({ key: 'a', type: 'text' }),
      field({ key: 'b', type: 'number' }),
      field({ key: 'c', type: 'date' }),
    ]
    expect(normalizeFormData(fields, { a: ' 哈萨克斯坦 ', b: '30', c: '' })).toEqual({
      a: '哈萨克斯坦',
      b: 30,
    })
  })
  it('labels fall back to Chinese', () => {
    expect(formFieldLabel({ label: { zh: '前往地', en: 'Destination' } }, 'en')).toBe('Destination')
    expect(formFieldLabel({ label: { zh: '前往地' } }, 'ug')).toBe('前往地')
  })
  it('shows a choice in the language the matter translates it to, else its Chinese text', () => {
    const field = {
      options: [
        { zh: '香港', en: 'Hong Kong' },
        { zh: '澳门', en: 'Macao' },
      ],
    }
    expect(formOptionLabel(field, '澳门', 'en')).toBe('Macao')
    expect(formOptionLabel(field, '澳门', 'ug')).toBe('澳门')
    expect(formOptionLabel(field, '澳门', 'zh-CN')).toBe('澳门')
    expect(formOptionLabel(field, '台湾', 'en')).toBe('台湾')
  })
})
