'use client'

// Use for choosing several values from a long list (industries, skills, languages): chosen values
// show as chips with remove buttons, and a searchable list opens in a popover. It submits one
// field per chosen value under `name`, exactly as a list of checkboxes does, and renders as that
// list of checkboxes until the script has loaded, so the form works without JavaScript.
import { Check, ChevronsUpDown, Search, X } from 'lucide-react'
import { Popover } from 'radix-ui'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'

import { cn } from '@/lib/cn'
import { useHydrated } from '@/lib/use-hydrated'

export type MultiSelectOption = { value: string; label: string }

type Props = {
  name: string
  legend: string
  options: MultiSelectOption[]
  defaultValue: string[]
  /** What the list holds, in the plural: "industries" gives "Choose industries", "Search industries". */
  noun: string
  /** At most this many can be chosen; the rest of the list is then disabled. */
  max?: number
  error?: string
  /** The ids of the hint and error the fieldset is described by. */
  describedBy?: string
  className?: string
}

/** Accents and case ignored: "e" finds "É". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export function MultiSelect({ name, legend, options, defaultValue, noun, max, error, describedBy, className }: Props) {
  // Swapped in after hydration: until then (and without JavaScript) the checkboxes do the job.
  const enhanced = useHydrated()
  const [chosen, setChosen] = useState<string[]>(() => defaultValue.filter((value) => options.some((option) => option.value === value)))
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listRef = useRef<HTMLUListElement>(null)
  const id = useId()
  const listId = `${id}-list`

  const shown = useMemo(() => {
    const words = fold(query.trim())
    return words ? options.filter((option) => fold(option.label).includes(words)) : options
  }, [options, query])
  const full = max !== undefined && chosen.length >= max
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value

  const toggle = (value: string) =>
    setChosen((current) => (current.includes(value) ? current.filter((each) => each !== value) : full ? current : [...current, value]))

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  if (!enhanced) {
    return (
      <fieldset className={cn('choice-list', className)} aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2">
              <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.includes(option.value)} /> {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((index) => Math.min(index + 1, shown.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Home') {
      event.preventDefault()
      setActive(0)
    } else if (event.key === 'End') {
      event.preventDefault()
      setActive(shown.length - 1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const option = shown[active]
      if (option) toggle(option.value)
    }
  }

  return (
    <fieldset className={cn('flex flex-col gap-2', className)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} data-slot="multi-select">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      {chosen.map((value) => (
        <input key={value} type="hidden" name={name} value={value} />
      ))}
      {chosen.length > 0 && (
        <ul className="m-0 flex list-none flex-wrap gap-1.5 p-0" aria-label={`Chosen ${noun}`}>
          {chosen.map((value) => (
            <li key={value} className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 ps-3 pe-1 text-sm text-secondary-foreground">
              {labelOf(value)}
              <button
                type="button"
                className="inline-flex size-6 cursor-pointer items-center justify-center rounded-full hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-ring"
                aria-label={`Remove ${labelOf(value)}`}
                onClick={() => setChosen((current) => current.filter((each) => each !== value))}
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Popover.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (next) {
            setQuery('')
            setActive(0)
          }
        }}
      >
        <Popover.Trigger
          className={cn(
            'flex h-10 w-full max-w-md cursor-pointer items-center justify-between gap-2 rounded-md border border-input bg-background px-3 text-start text-base text-foreground shadow-xs outline-none focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/40 sm:text-sm',
            error && 'border-destructive',
          )}
        >
          <span>
            {`Choose ${noun}`}
            <span className="text-muted-foreground">
              {chosen.length > 0 ? ` (${chosen.length}${max !== undefined ? ` of ${max}` : ''} chosen)` : max !== undefined ? ` (up to ${max})` : ''}
            </span>
          </span>
          <ChevronsUpDown aria-hidden className="size-4 text-muted-foreground" />
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={4}
            className="z-50 w-[min(var(--radix-popover-trigger-width),calc(100vw-2rem))] min-w-64 rounded-md border border-border bg-popover p-1 text-popover-foreground shadow-md"
            aria-label={legend}
          >
            <div className="relative">
              <label htmlFor={`${id}-search`} className="sr-only">
                {`Search ${noun}`}
              </label>
              <Search aria-hidden className="pointer-events-none absolute start-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
              <input
                id={`${id}-search`}
                role="combobox"
                aria-expanded="true"
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={shown[active] ? `${id}-option-${shown[active].value}` : undefined}
                autoComplete="off"
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value)
                  setActive(0)
                }}
                onKeyDown={onKeyDown}
                placeholder={`Search ${noun}`}
                className="h-9 w-full rounded-sm border-0 border-b border-border bg-transparent ps-8 pe-2 text-base text-foreground outline-none placeholder:text-muted-foreground focus-visible:ring-0 sm:text-sm"
              />
            </div>
            <ul
              ref={listRef}
              id={listId}
              role="listbox"
              aria-multiselectable="true"
              aria-label={legend}
              className="m-0 max-h-64 list-none overflow-y-auto p-0 py-1"
            >
              {shown.map((option, index) => {
                const selected = chosen.includes(option.value)
                const disabled = !selected && full
                return (
                  <li
                    key={option.value}
                    id={`${id}-option-${option.value}`}
                    data-index={index}
                    role="option"
                    aria-selected={selected}
                    aria-disabled={disabled || undefined}
                    // Keep the focus in the search box: the list is driven from there.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => !disabled && toggle(option.value)}
                    onMouseMove={() => setActive(index)}
                    className={cn(
                      'flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm',
                      index === active && 'bg-accent text-accent-foreground',
                      disabled && 'cursor-not-allowed opacity-50',
                    )}
                  >
                    <span
                      aria-hidden
                      className={cn(
                        'flex size-4 items-center justify-center rounded-[4px] border border-input',
                        selected && 'border-primary bg-primary text-primary-foreground',
                      )}
                    >
                      {selected && <Check className="size-3" strokeWidth={3} />}
                    </span>
                    {option.label}
                  </li>
                )
              })}
            </ul>
            {shown.length === 0 && <p className="m-0 px-2 py-1.5 text-sm text-muted-foreground">{`No ${noun} match “${query}”.`}</p>}
            {full && (
              <p className="m-0 border-t border-border px-2 py-1.5 text-xs text-muted-foreground">{`You have chosen the most ${noun} allowed (${max}). Remove one to choose another.`}</p>
            )}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </fieldset>
  )
}
