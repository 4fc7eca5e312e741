import { DislikeOutlined, FrownOutlined, LikeOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons'
import { isBadLevel, ratingLevels, type RatingLevel } from '@yimin/shared'
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Each national level with its icon (status is never shown by colour alone: icon and words too). */
export const levelIcons: Record<RatingLevel, ReactNode> = {
  very_satisfied: <LikeOutlined />,
  satisfied: <SmileOutlined />,
  basic: <MehOutlined />,
  dissatisfied: <FrownOutlined />,
  very_dissatisfied: <DislikeOutlined />,
}

export { ratingLevels }

/** A level as a tag: icon, words, and a colour for bad reviews. */
export function LevelTag({ level }: { level: RatingLevel }) {
  const { t } = useTranslation()
  return (
    <Tag
      icon={<span aria-hidden>{levelIcons[level]} </span>}
      color={isBadLevel(level) ? 'error' : level === 'basic' ? 'default' : 'success'}
    >
      {t(`ratings.levels.${level}`)}
    </Tag>
  )
}
