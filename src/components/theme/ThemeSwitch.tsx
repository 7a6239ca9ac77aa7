'use client'

import { Monitor, Moon, Sun } from 'lucide-react'
import { useSyncExternalStore } from 'react'

import { cn } from '@/lib/cn'

import { THEME_STORAGE_KEY } from './theme-script'

type Theme = 'system' | 'light' | 'dark'

const choices: { value: Theme; label: string; Icon: typeof Sun }[] = [
  { value: 'system', label: 'System', Icon: Monitor },
  { value: 'light', label: 'Light', Icon: Sun },
  { value: 'dark', label: 'Dark', Icon: Moon },
]

const readTheme = (): Theme => {
  const saved = document.documentElement.dataset.theme
  return saved === 'light' || saved === 'dark' ? saved : 'system'
}

// The choice lives on <html data-theme>; watching that attribute keeps every switch in step.
const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

function choose(theme: Theme) {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

/** System / Light / Dark. Rendered only once JavaScript runs: without it the system theme applies. */
export function ThemeSwitch({ className }: { className?: string }) {
  const current = useSyncExternalStore(subscribe, readTheme, () => null)
  if (current === null) return null
  return (
    <div role="group" aria-label="Theme" className={cn('inline-flex items-center gap-0.5 rounded-lg border border-border bg-background p-0.5', className)}>
      {choices.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={current === value}
          onClick={() => choose(value)}
          className="inline-flex h-8 cursor-pointer items-center gap-1.5 rounded-md px-2.5 text-xs font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-pressed:bg-secondary aria-pressed:text-secondary-foreground"
        >
          <Icon aria-hidden className="size-3.5" />
          {label}
        </button>
      ))}
    </div>
  )
}
