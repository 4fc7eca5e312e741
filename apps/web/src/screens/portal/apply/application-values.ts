import type { Applicant, DeliveryChoice, OnlineApplication } from '@yimin/shared'

/** The application form's values: the applicant, the matters' fields, the delivery. */
export interface Values {
  /** a natural person (resident ID) or a legal person (unified social credit code, legal representative) */
  applicantKind: 'person' | 'organisation'
  name: string
  idNumber: string
  creditCode: string
  legalRepresentative: string
  phone: string
  form: Record<string, string | number | null>
  delivery: 'window' | 'post'
  postRecipient?: string
  postPhone?: string
  postAddress?: string
}

/** The form's starting values from a saved application (the signed-in phone until the applicant says otherwise). */
export function toValues(app: OnlineApplication): Values {
  const a = app.applicant
  const d = app.delivery
  const form: Values['form'] = {}
  for (const f of app.form) {
    const v = app.formData[f.key]
    form[f.key] = typeof v === 'boolean' ? String(v) : (v ?? null)
  }
  return {
    applicantKind: a?.kind ?? 'person',
    name: a?.name ?? '',
    idNumber: a?.kind === 'person' ? a.idNumber : '',
    creditCode: a?.kind === 'organisation' ? a.creditCode : '',
    legalRepresentative: a?.kind === 'organisation' ? a.legalRepresentative : '',
    // the signed-in phone until the applicant says otherwise
    phone: a?.phone ?? app.citizenPhone,
    form,
    delivery: d?.method ?? 'window',
    ...(d?.method === 'post'
      ? { postRecipient: d.recipient, postPhone: d.phone, postAddress: d.address }
      : {}),
  }
}

/** What the draft save sends: an applicant or a delivery only when complete, and no empty field. */
export function toRequest(app: OnlineApplication, v: Values) {
  const formData: Record<string, string | number> = {}
  for (const f of app.form) {
    const x = v.form?.[f.key]
    if (x === null || x === undefined || x === '') continue
    formData[f.key] = x
  }
  const name = v.name?.trim() ?? ''
  const phone = v.phone?.trim() ?? ''
  let applicant: Applicant | null = null
  if (v.applicantKind === 'organisation') {
    const creditCode = v.creditCode?.trim().toUpperCase() ?? ''
    const legalRepresentative = v.legalRepresentative?.trim() ?? ''
    if (name && phone && creditCode && legalRepresentative)
      applicant = { kind: 'organisation', name, creditCode, legalRepresentative, phone }
  } else {
    const idNumber = v.idNumber?.trim().toUpperCase() ?? ''
    if (name && phone && idNumber) applicant = { kind: 'person', name, idNumber, phone }
  }
  const delivery: DeliveryChoice | null =
    v.delivery === 'post' && v.postRecipient && v.postPhone && v.postAddress
      ? {
          method: 'post',
          recipient: v.postRecipient.trim(),
          phone: v.postPhone.trim(),
          address: v.postAddress.trim(),
        }
      : v.delivery === 'window'
        ? { method: 'window' }
        : null
  return {
    applicant,
    formData,
    delivery,
  }
}
