import type { Locator } from 'playwright-core'

/**
 * Types `text` into an antd date picker as a person at the keyboard would and leaves the field,
 * which confirms it. Not Enter: inside a form, Enter submits the form, as it did from the native
 * input. On a loaded machine the picker may not have taken the text when the field is left (its
 * panel still opening): the field is read back, and typed again until it shows the text.
 */
async function typeIntoPicker(field: Locator, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await field.click()
    await field.fill(text)
    await field.blur()
    const until = Date.now() + 3000
    while (Date.now() < until) {
      if ((await field.inputValue()) === text) return
      await new Promise((r) => setTimeout(r, 100))
    }
    if (attempt === 3) throw new Error(`the date field shows "${await field.inputValue()}", not "${text}"`)
  }
}

/** Types a day (`YYYY-MM-DD`) into components/DayPicker and leaves the field. */
export async function typeDay(field: Locator, day: string): Promise<void> {
  await typeIntoPicker(field, day)
}

/**
 * Types a date-time given as `YYYY-MM-DDTHH:mm` (a datetime-local value) into
 * components/DateTimePicker, which shows it as `YYYY-MM-DD HH:mm`, and leaves the field.
 */
export async function typeDateTime(field: Locator, dateTime: string): Promise<void> {
  await typeIntoPicker(field, dateTime.replace('T', ' '))
}
