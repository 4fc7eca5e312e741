import type { MatterLevel, MatterType, VersionStatus } from '@yimin/shared'

/**
 * The matter catalog (事项清单). A matter is an identity (its code); what it says lives in
 * versions. At most one draft and one published version exist at a time (the pointers on
 * `matters`); a published version's document never changes, and publishing a draft marks the
 * previous published version superseded. Cases keep the version id they were accepted under.
 */
export interface MattersTable {
  id: string
  /** 事项编码, unique and fixed for the life of the matter */
  code: string
  draft_version_id: string | null
  published_version_id: string | null
  /** the highest version number given out (drafts that were discarded keep theirs) */
  last_version: number
  created_at: string
  updated_at: string
}

export interface MatterVersionsTable {
  id: string
  matter_id: string
  version: number
  status: VersionStatus
  /** the matter document (packages/shared catalog.ts), JSON; never changes once published */
  document: string
  // denormalized from the document for listing and filtering
  name: string
  type: MatterType
  department_id: string
  level: MatterLevel
  legal_limit_days: number
  promised_limit_days: number
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
  published_at: string | null
  published_by: string | null
}

/** 一件事一次办: several matters of several departments under one life event. Not versioned. */
export interface BundlesTable {
  id: string
  code: string
  name: string
  name_ug: string | null
  name_en: string | null
  description: string
  lead_department_id: string
  /** the one form, JSON array of form fields */
  form: string
  /** JSON array of BundleFeed: results of its matters that later matters need */
  feeds: string
  created_at: string
  updated_at: string
}

export interface BundleMattersTable {
  bundle_id: string
  matter_id: string
  sort_order: number
}

export interface CatalogTables {
  matters: MattersTable
  matter_versions: MatterVersionsTable
  bundles: BundlesTable
  bundle_matters: BundleMattersTable
}
