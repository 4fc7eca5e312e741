import { BarChart as EBarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { palette } from '../theme/tokens'

echarts.use([EBarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer])

export interface Bar {
  label: string
  value: number
}

/** A small horizontal bar chart. Loaded lazily so echarts stays in its own chunk. */
export default function BarChart({ bars, label, isRtl }: { bars: Bar[]; label: string; isRtl: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current)
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: {},
      xAxis: { type: 'value', minInterval: 1, inverse: isRtl },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        position: isRtl ? 'right' : 'left',
        axisLabel: { color: palette.text },
      },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => b.value),
          itemStyle: { color: palette.primary },
          label: { show: true, position: isRtl ? 'left' : 'right', color: palette.text },
        },
      ],
    })
    const onResize = () => chart.resize()
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('resize', onResize)
      chart.dispose()
    }
  }, [bars, label, isRtl])
  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: Math.max(160, bars.length * 40 + 40) }}
    />
  )
}
