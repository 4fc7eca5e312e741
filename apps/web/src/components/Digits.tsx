/**
 * A case number, ID number or phone: kept on one line (never wrapped mid-digit) and isolated
 * from the text direction around it (Uyghur is right-to-left).
 */
export function Digits({ children }: { children: string | null | undefined }) {
  return <bdi className="yimin-digits">{children}</bdi>
}
