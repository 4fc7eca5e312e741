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
