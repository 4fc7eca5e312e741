import { describe, expect, it } from 'vitest'
import { AppError } from '../../platform/errors'
import { checkFileName, checkFileType } from './online-files'

const codeOf = (fn: () => unknown) => {
  try {
    fn()
    return null
  } catch (err) {
    return err instanceof AppError ? err.code : 'other'
  }
}

describe('upload rules', () => {
  it('takes a plain name as a label', () => {
    expect(checkFileName(' 营业执照.pdf ')).toBe('营业执照.pdf')
    expect(checkFileName('scan 1 (front).JPG')).toBe('scan 1 (front).JPG')
  })

  it('refuses names that try to be paths', () => {
    for (const bad of [
      '../../etc/passwd',
      '..\\..\\boot.ini',
      'a/b.pdf',
      'C:\\x.pdf',
      '.htaccess',
      'x\u0000.pdf',
      'a..pdf',
      '',
      ' ',
      'x'.repeat(201),
    ]) {
      expect(
        codeOf(() => checkFileName(bad)),
        bad,
      ).toBe('ONLINE_FILE_NAME_INVALID')
    }
  })

  it('stores the sniffed type when name, declaration and content agree', () => {
    expect(checkFileType('a.pdf', 'application/pdf', 'application/pdf')).toBe('application/pdf')
    expect(checkFileType('a.JPEG', 'image/jpeg', 'image/jpeg')).toBe('image/jpeg')
    expect(checkFileType('a.png', 'application/octet-stream', 'image/png')).toBe('image/png')
  })

  it('refuses content disguised as an accepted type, and other types', () => {
    expect(codeOf(() => checkFileType('photo.jpg', 'image/jpeg', undefined))).toBe(
      'ONLINE_FILE_TYPE_MISMATCH',
    )
    expect(codeOf(() => checkFileType('photo.jpg', 'image/jpeg', 'application/x-msdownload'))).toBe(
      'ONLINE_FILE_TYPE_MISMATCH',
    )
    expect(codeOf(() => checkFileType('photo.png', 'image/png', 'image/jpeg'))).toBe(
      'ONLINE_FILE_TYPE_MISMATCH',
    )
    expect(codeOf(() => checkFileType('doc.pdf', 'image/png', 'application/pdf'))).toBe(
      'ONLINE_FILE_TYPE_MISMATCH',
    )
    expect(codeOf(() => checkFileType('archive.zip', 'application/zip', 'application/zip'))).toBe(
      'ONLINE_FILE_TYPE_REFUSED',
    )
    expect(codeOf(() => checkFileType('notes.txt', 'text/plain', undefined))).toBe('ONLINE_FILE_TYPE_REFUSED')
  })
})
