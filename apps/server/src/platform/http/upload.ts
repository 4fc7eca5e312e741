import type { FastifyRequest } from 'fastify'
import { MAX_UPLOAD_BYTES } from '@yimin/shared'
import { AppError } from '../errors'

/** One uploaded file as the services take it. */
export interface Upload {
  name: string
  mime: string
  content: Buffer
}

/**
 * Reads the one file of a multipart upload. The raw file name is kept (preservePath) so that a
 * name that tries to be a path is refused rather than silently cut down.
 */
// busboy reads file names as UTF-8 (as browsers send them); its typings lack defParamCharset
const uploadOptions = {
  preservePath: true,
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 },
} as Parameters<FastifyRequest['file']>[0]

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  let part
  try {
    part = await request.file(uploadOptions)
  } catch (err) {
    throw new AppError('ONLINE_UPLOAD_INVALID', 'send one file as multipart/form-data', {
      reason: (err as { code?: string }).code ?? null,
    })
  }
  if (!part) throw new AppError('ONLINE_UPLOAD_INVALID', 'send one file as multipart/form-data')
  try {
    return { name: part.filename, mime: part.mimetype, content: await part.toBuffer() }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('ONLINE_FILE_TOO_LARGE', 'a file may have at most 10 MB', {
        maxBytes: MAX_UPLOAD_BYTES,
      })
    throw new AppError('ONLINE_UPLOAD_INVALID', 'the upload could not be read')
  }
}
