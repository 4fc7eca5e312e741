import { describe, expect, it } from 'vitest'
import { canonicalQuery, percentEncode, signRpc } from './aliyun-signature'

describe('Alibaba Cloud RPC signature 1.0', () => {
  it('matches the documented examples (DescribeRegions, testid/testsecret)', () => {
    const params = {
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    }
    // the two spellings of the time parameter in Alibaba's published examples, each with its value
    expect(signRpc('GET', { ...params, TimeStamp: '2016-02-23T12:46:24Z' }, 'testsecret')).toBe(
      'CT9X0VtwR86fNWSnsc6v8YGOjuE=',
    )
    expect(signRpc('GET', { ...params, Timestamp: '2016-02-23T12:46:24Z' }, 'testsecret')).toBe(
      'OLeaidS1JvxuMvnyHOwuJ+uX5qY=',
    )
    expect(signRpc('GET', { ...params, Timestamp: '2016-02-23T12:46:24Z' }, 'other')).not.toBe(
      'OLeaidS1JvxuMvnyHOwuJ+uX5qY=',
    )
  })

  it('encodes as RFC 3986: space %20, * %2A, ~ kept, UTF-8 bytes', () => {
    expect(percentEncode('a b*c~d')).toBe('a%20b%2Ac~d')
    expect(percentEncode("!'()")).toBe('%21%27%28%29')
    expect(percentEncode('时')).toBe('%E6%97%B6')
    expect(canonicalQuery({ b: '2', a: '1', Signature: 'x' })).toBe('a=1&b=2')
  })
})
