import { LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { palette } from '../../theme/tokens'

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer])

export interface Series {
  name: string
  values: number[]
  colour: string
  /** dashed lines tell series apart without colour */
  dashed?: boolean
}

/** Lines over periods. Loaded lazily so echarts stays in its own chunk; the page gives a table too. */
export default function TrendChart({
  periods,
  series,
  label,
  isRtl,
}: {
  periods: string[]
  series: Series[]
  label: string
  isRtl: boolean
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current)
    chart.setOption({
      aria: { enabled: true, label: { description: label }, decal: { show: true } },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: palette.text } },
      xAxis: { type: 'category', data: periods, inverse: isRtl, axisLabel: { color: palette.text } },
      yAxis: {
        type: 'value',
        minInterval: 1,
        position: isRtl ? 'right' : 'left',
        axisLabel: { color: palette.text },
      },
      series: series.map((s, i) => ({
        type: 'line',
        name: s.name,
        data: s.values,
        symbol: ['circle', 'triangle', 'rect', 'diamond'][i % 4],
        symbolSize: 8,
        itemStyle: { color: s.colour },
        lineStyle: { color: s.colour, type: s.dashed ? 'dashed' : 'solid', width: 2 },
      })),
    })
    const onResize = () => chart.resize()
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('resize', onResize)
      chart.dispose()
    }
  }, [periods, series, label, isRtl])
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 280 }} />
}
