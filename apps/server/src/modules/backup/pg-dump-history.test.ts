import { describe, expect, it } from 'vitest'
import { copyField } from './pg-dump-history'

describe('COPY text fields', () => {
  it('reads null, plain text and the escapes pg_dump writes', () => {
    expect(copyField('\\N')).toBeNull()
    expect(copyField('办件 A082')).toBe('办件 A082')
    expect(copyField('a\\tb\\nc\\\\d')).toBe('a\tb\nc\\d')
    expect(copyField('{"x":"\\\\u4e00"}')).toBe('{"x":"\\u4e00"}')
    expect(copyField('\\r\\x41\\101')).toBe('\rAA')
  })
})
