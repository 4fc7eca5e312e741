import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError, uploadFile } from '../src/api/client'

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === undefined ? '' : JSON.stringify(body), { status })),
  )
}

afterEach(() => vi.unstubAllGlobals())

describe('api client', () => {
  it('returns the JSON body and sends cookies same-origin', async () => {
    answer(200, { kind: 'anonymous' })
    await expect(api('/api/v1/me')).resolves.toEqual({ kind: 'anonymous' })
    const call = vi.mocked(fetch).mock.calls[0]
    expect(call?.[1]).toMatchObject({ method: 'GET', credentials: 'same-origin' })
  })

  it("throws an ApiError carrying the server's code, message and details", async () => {
    answer(401, {
      code: 'AUTH_INVALID_CREDENTIALS',
      message: 'wrong username or password',
      details: { field: 'password' },
    })
    const error = await api('/api/v1/auth/login', { body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 401,
      code: 'AUTH_INVALID_CREDENTIALS',
      message: 'wrong username or password',
      details: { field: 'password' },
    })
  })

  it('maps answers without a known code to a generic one', async () => {
    answer(502, undefined)
    await expect(api('/x')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 502 })
    answer(400, { code: 'SOMETHING_ELSE' })
    await expect(api('/x')).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('reports a network failure as SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('failed to fetch'))),
    )
    await expect(api('/x')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 0 })
  })

  it('uploads a file as multipart form data through the same client', async () => {
    answer(200, { id: 'f1' })
    const file = new File(['%PDF-1.4'], 'licence.pdf', { type: 'application/pdf' })
    await expect(uploadFile('/api/v1/cases/authorisation-files', file)).resolves.toEqual({ id: 'f1' })
    const init = vi.mocked(fetch).mock.calls[0]?.[1]
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' })
    expect(init?.body).toBeInstanceOf(FormData)
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File)
    // the browser writes the multipart content type with its boundary
    expect(init?.headers).not.toHaveProperty('content-type')
  })

  it('names a 413 without a known code PAYLOAD_TOO_LARGE (a proxy refused the size)', async () => {
    answer(413, undefined)
    await expect(api('/x', { form: new FormData() })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
    })
  })
})
