import { MAX_UPLOAD_BYTES } from '@yimin/shared'
import { AppError } from '../../platform/errors'

/**
 * Upload rules, pure: a file name is only a label (never a path), and the type is what the
 * content says (sniffed by file-type), which must agree with the name's extension and the
 * declared type. Only PDF, JPEG and PNG are taken.
 */
export { MAX_UPLOAD_BYTES }

export const acceptedTypes = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
} as const satisfies Record<string, readonly string[]>
export type AcceptedMime = keyof typeof acceptedTypes

const isAccepted = (mime: string | undefined): mime is AcceptedMime =>
  mime !== undefined && Object.hasOwn(acceptedTypes, mime)

// control characters, path separators, characters Windows refuses in names
const FORBIDDEN = /[\u0000-\u001f\u007f/\\:*?"<>|]/

/**
 * The display name of an upload, or ONLINE_FILE_NAME_INVALID for a name that tries to be a
 * path (separators, `..`, control characters, a leading dot) or is empty or too long.
 */
export function checkFileName(name: string): string {
  const n = name.normalize('NFC').trim()
  if (!n || n.length > 200 || FORBIDDEN.test(n) || n.startsWith('.') || n.includes('..')) {
    throw new AppError(
      'ONLINE_FILE_NAME_INVALID',
      'this file name is not allowed (no paths, no control characters)',
      { name: name.slice(0, 200) },
    )
  }
  return n
}

/** The extension (lower case) of a checked name, or ''. */
export const extensionOf = (name: string): string => {
  const i = name.lastIndexOf('.')
  return i < 0 ? '' : name.slice(i + 1).toLowerCase()
}

/**
 * The type to store: the sniffed one, when it is accepted and the name and the declared type
 * agree with it. Content that pretends to be an accepted type is a mismatch; anything else
 * is refused.
 */
export function checkFileType(
  name: string,
  declaredMime: string,
  sniffedMime: string | undefined,
): AcceptedMime {
  const ext = extensionOf(name)
  const byExtension = (Object.keys(acceptedTypes) as AcceptedMime[]).find((m) =>
    (acceptedTypes[m] as readonly string[]).includes(ext),
  )
  const declared = declaredMime.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!isAccepted(sniffedMime)) {
    if (byExtension || isAccepted(declared))
      throw new AppError(
        'ONLINE_FILE_TYPE_MISMATCH',
        'the content of the file is not what its name or type says',
        { name, declared, detected: sniffedMime ?? null },
      )
    throw new AppError('ONLINE_FILE_TYPE_REFUSED', 'only PDF, JPEG and PNG files are accepted', {
      detected: sniffedMime ?? null,
    })
  }
  if (byExtension !== sniffedMime)
    throw new AppError('ONLINE_FILE_TYPE_MISMATCH', 'the content of the file is not what its name says', {
      name,
      detected: sniffedMime,
    })
  if (declared !== sniffedMime && declared !== 'application/octet-stream') {
    throw new AppError('ONLINE_FILE_TYPE_MISMATCH', 'the content of the file is not its declared type', {
      declared,
      detected: sniffedMime,
    })
  }
  return sniffedMime
}
