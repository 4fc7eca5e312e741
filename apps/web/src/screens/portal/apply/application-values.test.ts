import type { OnlineApplication } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { toRequest, toValues, type Values } from './application-values'

const app = (over: Partial<OnlineApplication> = {}): OnlineApplication =>
  ({
    id: 'a1',
    kind: 'matter',
    code: 'M001',
    name: { zh: '食品经营许可' },
    status: 'draft',
    bundleNumber: null,
    form: [
      { key: 'shopName', label: { zh: '店名' }, type: 'text', required: true },
      { key: 'area', label: { zh: '面积' }, type: 'number', required: false },
      { key: 'chain', label: { zh: '连锁' }, type: 'boolean', required: false },
    ],
    applicant: null,
    citizenPhone: '13900138000',
    formData: {},
    delivery: null,
    deliveryMethods: ['window', 'post'],
    materials: [],
    cases: [],
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    submittedAt: null,
    ...over,
  }) as OnlineApplication

describe('the application form values', () => {
  it('start from the signed-in phone, a person, the window, and the saved answers as text', () => {
    const v = toValues(app({ formData: { shopName: '老街面馆', area: 42, chain: true } }))
    expect(v).toMatchObject({
      applicantKind: 'person',
      name: '',
      phone: '13900138000',
      delivery: 'window',
      form: { shopName: '老街面馆', area: 42, chain: 'true' },
    })
  })

  it('start from a saved organisation and delivery by post', () => {
    const v = toValues(
      app({
        applicant: {
          kind: 'organisation',
          name: '某某公司',
          creditCode: '91650100MA7XXXXXX1',
          legalRepresentative: '王某',
          phone: '13800000000',
        },
        delivery: { method: 'post', recipient: '李某', phone: '13700000000', address: '人民路 1 号' },
      }),
    )
    expect(v).toMatchObject({
      applicantKind: 'organisation',
      creditCode: '91650100MA7XXXXXX1',
      idNumber: '',
      delivery: 'post',
      postRecipient: '李某',
      postAddress: '人民路 1 号',
    })
  })

  it('send a person trimmed and upper-cased, without empty answers', () => {
    const v: Values = {
      ...toValues(app()),
      name: ' 张三 ',
      idNumber: ' 65010219900101123x ',
      form: { shopName: '面馆', area: null, chain: '' },
    }
    expect(toRequest(app(), v)).toEqual({
      applicant: { kind: 'person', name: '张三', idNumber: '65010219900101123X', phone: '13900138000' },
      formData: { shopName: '面馆' },
      delivery: { method: 'window' },
    })
  })

  it('send no applicant and no delivery while either is incomplete', () => {
    const v: Values = {
      ...toValues(app()),
      applicantKind: 'organisation',
      name: '某某公司',
      creditCode: '91650100ma7xxxxxx1',
      legalRepresentative: '',
      delivery: 'post',
      postRecipient: '李某',
      postPhone: '13700000000',
    }
    const r = toRequest(app(), v)
    expect(r.applicant).toBeNull()
    expect(r.delivery).toBeNull()
    expect(toRequest(app(), { ...v, legalRepresentative: '王某' }).applicant).toEqual({
      kind: 'organisation',
      name: '某某公司',
      creditCode: '91650100MA7XXXXXX1',
      legalRepresentative: '王某',
      phone: '13900138000',
    })
  })
})
