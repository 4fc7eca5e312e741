import type { Executor } from '../../db/database'

/*
 * What cases read of the citizens' online uploads: whether stored content is still referred to
 * by one (the file store is content-addressed and shared by the cases and online modules).
 */

/** Whether an online upload refers to this content. */
export async function isUploadedFile(db: Executor, fileKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('online_files')
    .select('id')
    .where('file_key', '=', fileKey)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}
