import {
  matterDocumentSchema,
  type CatalogDepartmentRef,
  type CatalogIssue,
  type ErrorCode,
  type MatterDocument,
  type MatterSummary,
  type MatterVersion,
} from '@yimin/shared'
import { localizedFromColumns } from '../../db/localized'
import { AppError } from '../../platform/errors'
import type { DepartmentRow, VersionRow, VersionWithDepartment } from './catalog.repository'

/**
 * A stored document, read through the schema: documents are validated when written, and a
 * later schema that adds a field with a default fills it in for older versions.
 */
export function readDocument(json: string): MatterDocument {
  return matterDocumentSchema.parse(JSON.parse(json))
}

export function presentVersion(row: VersionRow): MatterVersion {
  return {
    id: row.id,
    matterId: row.matter_id,
    version: Number(row.version),
    status: row.status,
    document: readDocument(row.document),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  }
}

export function presentDepartment(d: DepartmentRow): CatalogDepartmentRef {
  return { id: d.id, code: d.code, name: localizedFromColumns(d, 'name') }
}

export function presentSummary(
  row: VersionWithDepartment & { code: string },
  doc: MatterDocument,
): MatterSummary {
  return {
    matterId: row.matter_id,
    versionId: row.id,
    version: Number(row.version),
    code: row.code,
    name: doc.name,
    type: doc.type,
    level: doc.level,
    department: {
      id: row.department_id,
      code: row.department_code,
      name: localizedFromColumns(
        { name: row.department_name, name_ug: row.department_name_ug, name_en: row.department_name_en },
        'name',
      ),
    },
    legalLimitDays: doc.legalLimitDays,
    promisedLimitDays: doc.promisedLimitDays,
    onlineLevel: doc.onlineLevel,
    visits: doc.visits,
    publishedAt: row.published_at ?? row.updated_at,
  }
}

/** The denormalized columns of a version, from its document. */
export function versionColumns(doc: MatterDocument) {
  return {
    document: JSON.stringify(doc),
    name: doc.name.zh,
    type: doc.type,
    department_id: doc.departmentId,
    level: doc.level,
    legal_limit_days: doc.legalLimitDays,
    promised_limit_days: doc.promisedLimitDays,
  }
}

/** A refused document: the first issue's code, every issue with its field path in details. */
export function documentInvalid(issues: Array<CatalogIssue & { code: ErrorCode }>): AppError {
  const first = issues[0]!
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new AppError(first.code, `${first.path}: ${first.message}${more}`, { issues })
}

/** zod problems of a document as catalog issues (code VALIDATION_FAILED). */
export function schemaIssues(error: {
  issues: Array<{ path: PropertyKey[]; message: string }>
}): Array<CatalogIssue & { code: ErrorCode }> {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    code: 'VALIDATION_FAILED' as const,
    message: i.message,
  }))
}
