import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { wallColours } from './wall-colours'

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
])

const text = { color: wallColours.text, fontSize: 18 }
const axisLine = { lineStyle: { color: wallColours.axis } }
const splitLine = { lineStyle: { color: wallColours.grid } }

/** One chart filling its box; the option is rebuilt when the data change, resized with the window. */
function Chart({
  option,
  label,
  testId,
}: {
  option: echarts.EChartsCoreOption
  label: string
  testId: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current)
    chart.setOption({
      aria: { enabled: true, label: { description: label }, decal: { show: true } },
      ...option,
    })
    const onResize = () => chart.resize()
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('resize', onResize)
      chart.dispose()
    }
  }, [option, label])
  return <div ref={ref} role="img" aria-label={label} className="wall-chart" data-testid={testId} />
}

export interface LightsChartProps {
  names: string[]
  series: Array<{ name: string; values: number[]; colour: string }>
  label: string
  isRtl: boolean
}

/** Open cases per department by light: stacked bars (patterns tell the lights apart without colour). */
export function DepartmentLightsChart({ names, series, label, isRtl }: LightsChartProps) {
  const option = {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: text, itemWidth: 28, itemHeight: 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', inverse: isRtl, minInterval: 1, axisLabel: text, axisLine, splitLine },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      position: isRtl ? 'right' : 'left',
      // every bar keeps its name (ECharts would otherwise drop labels that crowd)
      axisLabel: { ...text, width: 260, overflow: 'truncate', interval: 0 },
      axisLine,
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'lights',
      data: s.values,
      barMaxWidth: 28,
      itemStyle: { color: s.colour },
      label: {
        show: true,
        color: wallColours.background,
        fontSize: 14,
        formatter: (p: { value: number }) => (p.value ? p.value : ''),
      },
    })),
  }
  return <Chart option={option} label={label} testId="wall-lights-chart" />
}

export interface HeatmapProps {
  days: string[]
  hours: number[]
  cells: Array<{ day: string; hour: number; meanWaitMinutes: number }>
  label: string
  unit: string
  isRtl: boolean
}

/** Mean queue waits by day (rows) and hour of arrival (columns), minutes written in each cell. */
export function WaitHeatmap({ days, hours, cells, label, unit, isRtl }: HeatmapProps) {
  const max = Math.max(30, ...cells.map((c) => c.meanWaitMinutes))
  const option = {
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    tooltip: { formatter: (p: { value: [number, number, number] }) => `${p.value[2]} ${unit}` },
    xAxis: {
      type: 'category',
      data: hours.map((h) => `${String(h).padStart(2, '0')}:00`),
      inverse: isRtl,
      axisLabel: { ...text, fontSize: 15 },
      axisLine,
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: days.map((d) => d.slice(5)),
      position: isRtl ? 'right' : 'left',
      axisLabel: { ...text, fontSize: 15 },
      axisLine,
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 200,
      itemWidth: 14,
      textStyle: text,
      text: [`${max} ${unit}`, `0 ${unit}`],
      inRange: { color: wallColours.heat },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => [hours.indexOf(c.hour), days.indexOf(c.day), c.meanWaitMinutes]),
        label: {
          show: true,
          color: wallColours.background,
          fontSize: 13,
          formatter: (p: { value: number[] }) => Math.round(p.value[2] ?? 0),
        },
        itemStyle: { borderColor: wallColours.panel, borderWidth: 2 },
      },
    ],
  }
  return <Chart option={option} label={label} testId="wall-heatmap" />
}

export interface TrendProps {
  days: string[]
  values: Array<number | null>
  name: string
  label: string
  isRtl: boolean
}

/** Satisfaction per day (0–100), gaps where nobody rated. */
export function SatisfactionTrend({ days, values, name, label, isRtl }: TrendProps) {
  const option = {
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: days.map((d) => d.slice(5)),
      inverse: isRtl,
      axisLabel: { ...text, fontSize: 15 },
      axisLine,
    },
    yAxis: {
      type: 'value',
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
      max: 100,
      position: isRtl ? 'right' : 'left',
      axisLabel: text,
      axisLine,
      splitLine,
    },
    series: [
      {
        type: 'line',
        name,
        data: values,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color: wallColours.line },
        lineStyle: { color: wallColours.line, width: 3 },
        areaStyle: { color: wallColours.lineArea },
      },
    ],
  }
  return <Chart option={option} label={label} testId="wall-satisfaction" />
}
