// An organisation's logo (public, from `media`), or its initials on a rounded square: squares
// for organisations, circles for people. `alt` is empty when the name is shown beside it.
import { cn } from '@/lib/cn'

import { initialsOf, toneOf } from './initials'

export type LogoSize = 'sm' | 'md' | 'lg'

const boxes: Record<LogoSize, string> = {
  sm: 'size-10 text-sm rounded-md',
  md: 'size-14 text-lg rounded-lg',
  lg: 'size-24 text-3xl rounded-xl',
}
const pixels: Record<LogoSize, number> = { sm: 40, md: 56, lg: 96 }

/** The logo's address for a page: its thumbnail size when Payload made one, else the original. */
export function logoSource(logo: unknown): string | null {
  if (typeof logo !== 'object' || logo === null) return null
  const { url, sizes } = logo as { url?: string | null; sizes?: { thumbnail?: { url?: string | null } } }
  return sizes?.thumbnail?.url ?? url ?? null
}

type Props = { name: string; src?: string | null; size?: LogoSize; alt?: string; className?: string }

export function OrganizationLogo({ name, src, size = 'md', alt = '', className }: Props) {
  const box = cn('inline-flex shrink-0 items-center justify-center overflow-hidden select-none', boxes[size], className)
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- Payload serves the sizes; fitted, never cropped
      <img
        data-slot="organization-logo"
        src={src}
        alt={alt}
        width={pixels[size]}
        height={pixels[size]}
        loading="lazy"
        decoding="async"
        className={cn(box, 'border border-border bg-background object-contain p-1')}
      />
    )
  }
  return (
    <span
      data-slot="organization-logo"
      className={cn(box, 'font-semibold', toneOf(name))}
      {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
    >
      {initialsOf(name)}
    </span>
  )
}
