import { describe, expect, it } from 'vitest'
import { homeForRoles, homesForRoles } from '../src/app/homes'

describe('role homes', () => {
  it('sends each role to its screen after sign-in', () => {
    expect(homeForRoles(['admin'])).toBe('/admin')
    expect(homeForRoles(['clerk'])).toBe('/counter')
    expect(homeForRoles(['handler'])).toBe('/workbench')
    expect(homeForRoles(['reviewer'])).toBe('/workbench')
    expect(homeForRoles(['approver'])).toBe('/workbench')
    expect(homeForRoles(['supervisor'])).toBe('/supervision')
  })

  it('uses the first role, and a staff member without roles goes to the front door', () => {
    expect(homeForRoles(['supervisor', 'admin'])).toBe('/supervision')
    expect(homeForRoles([])).toBe('/')
  })

  it('lists each home once, in grant order', () => {
    expect(homesForRoles(['handler', 'reviewer', 'admin']).map((h) => h.path)).toEqual([
      '/workbench',
      '/admin',
    ])
  })
})
