import type { MatterSummary } from '@yimin/shared'
import type { Logger } from '../../platform/logger'
import type { CatalogRepository } from './catalog.repository'
import { presentSummary, readDocument } from './catalog.presenters'
import { CatalogSearchIndex } from './catalog.search'

/**
 * The published catalog in memory: the search index over every published version. Built at
 * start and after each change this instance makes. Other instances notice a change through the
 * `catalog.version` setting (written in every publishing transaction), read at most once per
 * `recheckMs` — one primary-key read a second at most, so a search costs no query at all
 * otherwise, and a change made elsewhere shows within about a second.
 */
export class PublishedCatalog {
  private index = new CatalogSearchIndex([])
  private byCode = new Map<string, MatterSummary>()
  private version: string | null | undefined = undefined
  private checkedAt = Number.NEGATIVE_INFINITY
  private loading: Promise<void> | null = null

  constructor(
    private readonly repo: CatalogRepository,
    private readonly log: Logger,
    private readonly options: { recheckMs: number } = { recheckMs: 1000 },
  ) {}

  /** The index, rebuilt first when the catalog changed (checked at most once per recheckMs). */
  async get(): Promise<CatalogSearchIndex> {
    const now = performance.now()
    if (this.version !== undefined && now - this.checkedAt < this.options.recheckMs) return this.index
    this.checkedAt = now
    const version = await this.repo.version()
    if (version !== this.version) {
      this.loading ??= this.load().finally(() => {
        this.loading = null
      })
      await this.loading
    }
    return this.index
  }

  /** A published matter's summary by code, from the index. */
  async summary(code: string): Promise<MatterSummary | undefined> {
    await this.get()
    return this.byCode.get(code)
  }

  /** After a change by this instance: the next get() reads the version. */
  invalidate(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY
  }

  private async load(): Promise<void> {
    // the version first: a change committed between the two reads makes the next check reload
    const version = await this.repo.version()
    const rows = await this.repo.listPublished()
    const entries = []
    for (const row of rows) {
      try {
        const doc = readDocument(row.document)
        entries.push({ summary: presentSummary(row, doc), keywords: doc.keywords })
      } catch (err) {
        this.log.error(
          { err, versionId: row.id },
          'a published matter version does not read; left out of search',
        )
      }
    }
    this.index = new CatalogSearchIndex(entries)
    this.byCode = new Map(entries.map((e) => [e.summary.code, e.summary]))
    this.version = version
  }
}
