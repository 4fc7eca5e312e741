/**
 * What the pad's avatar shows when no photo is stored: a Chinese name's surname (its first
 * character; two for the common compound surnames), else the first letters of up to two words
 * (Uyghur and Latin names: "Gulmira Tursun" → GT, "گۈلمىرا تۇرسۇن" → گت).
 */
const compound = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '夏侯',
  '公孙',
]

export function initialsOf(name: string): string {
  const trimmed = name.trim()
  if (!trimmed) return '?'
  // a title before a Chinese name ("窗口人员 李娜"): the name is the last word
  const last = trimmed.split(/\s+/).at(-1)!
  const n = /^\p{Script=Han}/u.test(last) ? last : trimmed
  if (/^\p{Script=Han}/u.test(n)) return compound.find((c) => n.startsWith(c)) ?? [...n][0]!
  const words = n.split(/[\s·.\-_]+/).filter(Boolean)
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toLocaleUpperCase())
    .join('')
}
