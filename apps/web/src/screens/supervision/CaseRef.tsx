import { Link } from 'react-router'

/**
 * An alert's case or project number, linked to the screen the alert opens; plain text when the
 * reader may not open that screen (the server sends no link then).
 */
export function CaseRef({ link, number }: { link: string | null; number: string }) {
  return link === null ? (
    <bdi>{number}</bdi>
  ) : (
    <Link to={link}>
      <bdi>{number}</bdi>
    </Link>
  )
}
