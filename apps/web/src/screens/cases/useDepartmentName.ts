import { useDepartments } from '../../api/org'
import { useLocalName } from '../../components/names'

/** A department id → its name in the reader's language (the id while the list loads). */
export function useDepartmentName(): (id: string | null | undefined) => string {
  const departments = useDepartments()
  const name = useLocalName()
  return (id) => {
    if (!id) return '—'
    const d = departments.data?.find((x) => x.id === id || x.code === id)
    return d ? name(d) : id
  }
}
