import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'

/** "Back" points the way the reader reads: left in Chinese and English, right in Uyghur. */
export function BackArrow() {
  const { i18n } = useTranslation()
  return i18n.dir() === 'rtl' ? <ArrowRightOutlined aria-hidden /> : <ArrowLeftOutlined aria-hidden />
}
