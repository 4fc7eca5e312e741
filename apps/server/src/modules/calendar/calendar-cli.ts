import fs from 'node:fs'
import type { CliIo, Command } from '../../cli/command'
import { loadConfig } from '../../config'
import { createContainer } from '../../container'
import { AppError } from '../../platform/errors'

/**
 * `calendar-import <year> <file>`: loads a year's holiday schedule from a file (the format of
 * calendar-import.ts) as soon as the State Council publishes it. Exit 0 loaded, 2 bad usage or
 * a bad file (every bad line is printed, nothing is changed), 1 any other failure.
 */
export const calendarImportCommand: Command = {
  summary: "load a year's holidays and make-up working days from a file",
  usage: '<year> <file>   (lines: date,kind,name; kind holiday|workday)',
  run: async (args: string[], io: CliIo) => {
    const [yearText, file, ...extra] = args
    if (!yearText || !file || extra.length > 0 || !/^\d{4}$/.test(yearText)) {
      io.say('usage: calendar-import <year> <file>')
      return 2
    }
    let content: string
    try {
      content = fs.readFileSync(file, 'utf8')
    } catch (err) {
      io.say(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
      return 2
    }
    const c = await createContainer({ config: loadConfig(io.env) })
    try {
      const r = await c.calendar.importYear('system', Number(yearText), content, 'cli-import')
      io.say(
        `${r.year} loaded: ${r.holidays} holidays, ${r.workdays} make-up working days; ${r.changedDates.length} dates changed status`,
      )
      return 0
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err
      io.say(`${file}: ${err.message}`)
      const details = err.details as { errors?: Array<{ line: number; message: string }> } | undefined
      for (const e of details?.errors ?? [])
        io.say(`  ${e.line > 0 ? `line ${e.line}` : 'file'}: ${e.message}`)
      return 2
    } finally {
      await c.close()
    }
  },
}
