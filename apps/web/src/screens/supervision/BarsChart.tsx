import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { palette } from '../../theme/tokens'

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer])

export interface BarSeries {
  name: string
  values: Array<number | null>
  colour: string
  /** the figures' colour inside stacked bars (dark on a light bar) */
  labelColour?: string
}

/**
 * Bars on the dashboard's light page: categories down the side (names stay readable), stacked
 * when asked, each bar labelled with its figure, and ECharts' decal patterns so the series are
 * told apart without colour. Loaded lazily (echarts stays in its chunk); a table sits below.
 */
export default function BarsChart({
  categories,
  series,
  label,
  isRtl,
  isStacked = false,
  max,
  height,
}: {
  categories: string[]
  series: BarSeries[]
  label: string
  isRtl: boolean
  isStacked?: boolean
  max?: number
  height: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current)
    chart.setOption({
      aria: { enabled: true, label: { description: label }, decal: { show: true } },
      grid: { left: 8, right: 24, top: series.length > 1 ? 36 : 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: series.length > 1, top: 0, textStyle: { color: palette.text } },
      xAxis: {
        type: 'value',
        inverse: isRtl,
        minInterval: 1,
        ...(max === undefined ? {} : { max }),
        axisLabel: { color: palette.text },
      },
      yAxis: {
        type: 'category',
        data: categories,
        inverse: true,
        position: isRtl ? 'right' : 'left',
        axisLabel: { color: palette.text, width: 150, overflow: 'truncate' },
      },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        barMaxWidth: 22,
        ...(isStacked ? { stack: 'all' } : {}),
        itemStyle: { color: s.colour },
        label: {
          show: true,
          position: isStacked ? 'inside' : 'right',
          color: isStacked ? (s.labelColour ?? '#ffffff') : palette.text,
          formatter: (p: { value: number | null }) => (p.value ? String(p.value) : ''),
        },
      })),
    })
    const onResize = () => chart.resize()
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('resize', onResize)
      chart.dispose()
    }
  }, [categories, series, label, isRtl, isStacked, max])
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />
}
