import type { Locator } from 'playwright-core'

/**
 * Types a day (`YYYY-MM-DD`) into antd's date picker (components/DayPicker) as a person at the
 * keyboard would, then leaves the field, which confirms it. Not Enter: inside a form, Enter
 * submits the form, as it did from the native date input.
 */
export async function typeDay(field: Locator, day: string): Promise<void> {
  await field.click()
  await field.fill(day)
  await field.blur()
}

/**
 * Types a date-time given as `YYYY-MM-DDTHH:mm` (a datetime-local value) into
 * components/DateTimePicker, which shows it as `YYYY-MM-DD HH:mm`, then leaves the field, which
 * sets it — as `typeDay`, without Enter.
 */
export async function typeDateTime(field: Locator, dateTime: string): Promise<void> {
  await field.click()
  await field.fill(dateTime.replace('T', ' '))
  await field.blur()
}
