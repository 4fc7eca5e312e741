/** The wall's colours on its dark screen (text pairs are ≥ 7:1 on the panel colour). */
export const wallColours = {
  background: '#0b1220',
  panel: '#16213a',
  text: '#ffffff',
  textSecondary: '#c9d1e0',
  axis: '#5b6b8c',
  grid: '#26324d',
  red: '#ff7b72',
  yellow: '#ffd666',
  green: '#7ee787',
  line: '#79c0ff',
  lineArea: 'rgba(121, 192, 255, 0.18)',
  /** low waits to long waits */
  heat: ['#1f6f4a', '#7ee787', '#ffd666', '#ffa657', '#ff7b72'],
} as const
