'use client'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

/** One series of a chart: the row's key, its label, and an admin theme colour (light and dark). */
export type ChartSeries = { key: string; label: string; color: string }
export type ChartRow = Record<string, string | number>

const axis = { stroke: 'var(--theme-elevation-600)', fontSize: 12 }
const tooltip = {
  contentStyle: { background: 'var(--theme-elevation-0)', border: '1px solid var(--theme-elevation-150)', color: 'var(--theme-elevation-1000)' },
}

/**
 * A report chart drawn by recharts with its accessibility layer (keyboard focus, arrow keys
 * move through the points, the tooltip is announced). The table beside every chart carries
 * the same figures for anyone who cannot see or use it, and without JavaScript.
 */
export function ReportChart({
  kind,
  rows,
  xKey,
  series,
  label,
}: {
  kind: 'line' | 'bar'
  rows: ChartRow[]
  xKey: string
  series: ChartSeries[]
  label: string
}) {
  const common = { data: rows, accessibilityLayer: true, margin: { top: 8, right: 16, bottom: 8, left: 0 }, title: label }
  return (
    <div className="program-report__chart">
      <ResponsiveContainer width="100%" height={260}>
        {kind === 'line' ? (
          <LineChart {...common}>
            <CartesianGrid stroke="var(--theme-elevation-100)" />
            <XAxis dataKey={xKey} tick={axis} stroke={axis.stroke} />
            <YAxis allowDecimals={false} tick={axis} stroke={axis.stroke} width={40} />
            <Tooltip {...tooltip} />
            <Legend />
            {series.map((line) => (
              <Line
                key={line.key}
                type="monotone"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart {...common}>
            <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
            <XAxis dataKey={xKey} tick={axis} stroke={axis.stroke} />
            <YAxis allowDecimals={false} tick={axis} stroke={axis.stroke} width={40} />
            <Tooltip {...tooltip} cursor={{ fill: 'var(--theme-elevation-50)' }} />
            <Legend />
            {series.map((bar) => (
              <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={bar.color} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  )
}
