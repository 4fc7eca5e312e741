import fs from 'node:fs'
import type { CatalogExcelRowError } from '@yimin/shared'
import { withContainer, type CliIo, type Command } from '../../cli/command'
import { loadConfig } from '../../config'
import { AppError } from '../../platform/errors'

/**
 * `catalog-export <file>` and `catalog-import <file> [--draft]`: the Excel catalog from the
 * command line. Exit 0 done; 2 bad usage or a bad file (every bad cell printed, nothing
 * written); 1 any other failure.
 */
export const catalogExportCommand: Command = {
  summary: 'write the published matter catalog to an Excel file',
  usage: '<file.xlsx>',
  run: async (args: string[], io: CliIo) => {
    const [file, ...extra] = args
    if (!file || extra.length > 0) {
      io.say('usage: catalog-export <file.xlsx>')
      return 2
    }
    return withContainer(loadConfig(io.env), async (c) => {
      const buffer = await c.catalog.excel.exportWorkbook('system')
      fs.writeFileSync(file, buffer)
      io.say(`catalog written to ${file} (${buffer.length} bytes)`)
      return 0
    })
  },
}

export const catalogImportCommand: Command = {
  summary: 'import a matter catalog from an Excel file (all or nothing)',
  usage: '<file.xlsx> [--draft]   (--draft: leave changes as drafts instead of publishing them)',
  run: async (args: string[], io: CliIo) => {
    const draft = args.includes('--draft')
    const rest = args.filter((a) => a !== '--draft')
    const [file, ...extra] = rest
    if (!file || extra.length > 0 || file.startsWith('--')) {
      io.say('usage: catalog-import <file.xlsx> [--draft]')
      return 2
    }
    let content: Buffer
    try {
      content = fs.readFileSync(file)
    } catch (err) {
      io.say(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
      return 2
    }
    return withContainer(loadConfig(io.env), async (c) => {
      try {
        const r = await c.catalog.excel.importWorkbook('system', content, draft ? 'draft' : 'publish')
        io.say(
          `imported ${file}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.published} published, ${r.bundles} bundles`,
        )
        return 0
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err
        io.say(`${file}: ${err.code}: ${err.message}`)
        const details = err.details as { errors?: CatalogExcelRowError[] } | undefined
        for (const e of details?.errors ?? [])
          io.say(`  ${e.sheet} row ${e.row} ${e.column}: ${e.code} ${e.message}`)
        return 2
      }
    })
  },
}
