import type { ThemeConfig } from 'antd'
import { elderlyPalette, fontFamily, fontFamilyLatin, fontFamilyUyghur, palette } from './tokens'
import './a11y.css'

/**
 * The antd theme. `isElderly` (适老化) raises the type to 20 px, the controls to 48 px and the
 * text contrast to near-black (elderlyPalette, checked in test/theme-contrast.test.ts).
 */
export function buildTheme(options: {
  isUyghur: boolean
  isLatin?: boolean
  isLarge?: boolean
  isElderly?: boolean
}): ThemeConfig {
  const base = buildBaseTheme(options)
  if (!options.isElderly) return base
  return {
    ...base,
    token: {
      ...base.token,
      colorText: elderlyPalette.text,
      colorTextSecondary: elderlyPalette.textSecondary,
      colorTextDescription: elderlyPalette.textSecondary,
      colorTextTertiary: elderlyPalette.textSecondary,
      colorTextPlaceholder: elderlyPalette.textPlaceholder,
      colorBorder: elderlyPalette.border,
      colorBgLayout: elderlyPalette.layoutBg,
      fontSize: 20,
      controlHeight: 48,
      lineWidth: 2,
    },
  }
}

function buildBaseTheme(options: { isUyghur: boolean; isLatin?: boolean; isLarge?: boolean }): ThemeConfig {
  return {
    token: {
      colorPrimary: palette.primary,
      colorInfo: palette.info,
      colorSuccess: palette.success,
      colorWarning: palette.warning,
      colorError: palette.error,
      colorLink: palette.link,
      colorText: palette.text,
      colorTextSecondary: palette.textSecondary,
      colorTextDescription: palette.textSecondary,
      colorTextPlaceholder: palette.textPlaceholder,
      colorTextTertiary: palette.textSecondary,
      colorBgLayout: palette.layoutBg,
      colorBgContainer: palette.background,
      colorBorder: palette.border,
      colorBorderSecondary: palette.borderSecondary,
      colorSuccessBg: palette.successBg,
      colorWarningBg: palette.warningBg,
      colorErrorBg: palette.errorBg,
      colorInfoBg: palette.infoBg,
      fontFamily: options.isUyghur ? fontFamilyUyghur : options.isLatin ? fontFamilyLatin : fontFamily,
      fontSize: options.isLarge ? 20 : 15,
      borderRadius: 6,
    },
    components: {
      Layout: { headerBg: palette.headerBg, headerColor: palette.headerText, headerPadding: '0 16px' },
      // antd writes an empty table's "no data" text in the disabled colour (#00000040, 1.9:1): read text it is
      Table: { colorTextDisabled: palette.textSecondary },
    },
  }
}
