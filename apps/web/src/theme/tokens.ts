/**
 * The colours of the product. Every pair used for text is checked against WCAG 2.1 AA in
 * test/theme-contrast.test.ts (antd's default #1677ff on white is only 4.1:1, so the primary is darker).
 */
export const palette = {
  primary: '#0b4fb3',
  primaryBg: '#e6f0ff',
  text: '#1f1f1f',
  textSecondary: '#595959',
  textPlaceholder: '#707070',
  background: '#ffffff',
  layoutBg: '#f5f7fa',
  headerBg: '#0b3a82',
  headerText: '#ffffff',
  link: '#0b4fb3',
  success: '#2b6b2f',
  successBg: '#f0f9eb',
  warning: '#8a5300',
  warningBg: '#fff8e1',
  error: '#b3261e',
  errorBg: '#fdecea',
  info: '#0b4fb3',
  infoBg: '#e6f0ff',
  border: '#8c8c8c',
  borderSecondary: '#d9d9d9',
} as const

/** Elderly mode (适老化): near-black text and darker borders on white, AAA where it can be (7:1). */
export const elderlyPalette = {
  text: '#000000',
  textSecondary: '#262626',
  textPlaceholder: '#4d4d4d',
  border: '#434343',
  layoutBg: '#ffffff',
} as const

/** The hall and window displays: large type on a dark screen. */
export const displayPalette = {
  background: '#0b1220',
  panel: '#16213a',
  text: '#ffffff',
  textSecondary: '#c9d1e0',
  number: '#ffd666',
  ok: '#7ee787',
  warn: '#ffb86b',
} as const

/** Chinese first, then an Arabic-script face for Uyghur, then Latin. */
export const fontFamily = [
  '"Noto Sans SC"',
  '"Noto Sans CJK SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  'sans-serif',
].join(', ')

/**
 * English: a Latin face first. Chinese faces carry their own Latin glyphs, and their punctuation
 * (’ “ ” —) is full width: "Agent’s" read "Agent’  s". Chinese names inside English text still
 * fall back to a Chinese face.
 */
export const fontFamilyLatin = [
  '"Noto Sans"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans SC"',
  '"Noto Sans CJK SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ')

export const fontFamilyUyghur = [
  '"Noto Sans Arabic"',
  '"Noto Naskh Arabic"',
  '"UKIJ Tuz"',
  '"Microsoft Uighur"',
  '"Noto Sans CJK SC"',
  'sans-serif',
].join(', ')
