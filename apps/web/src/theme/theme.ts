import type { ThemeConfig } from 'antd'
import { fontFamily, fontFamilyUyghur, palette } from './tokens'

export function buildTheme(options: { isUyghur: boolean; isLarge?: boolean }): ThemeConfig {
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
      fontFamily: options.isUyghur ? fontFamilyUyghur : fontFamily,
      fontSize: options.isLarge ? 20 : 15,
      borderRadius: 6,
    },
    components: {
      Layout: { headerBg: palette.headerBg, headerColor: palette.headerText, headerPadding: '0 16px' },
    },
  }
}
