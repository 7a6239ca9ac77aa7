// A member's face: their photo when the viewer may see it, else their initials on a circle.
// `alt` is empty by default, for the usual case of the name shown beside it; give one ("Photo
// of Jun Park") where the avatar stands alone. No hooks or server-only code: usable anywhere.
import { cn } from '@/lib/cn'

import { initialsOf, toneOf } from './initials'

export type AvatarSize = 'sm' | 'md' | 'lg' | 'xl'

const boxes: Record<AvatarSize, string> = {
  sm: 'size-8 text-xs',
  md: 'size-12 text-base',
  lg: 'size-20 text-2xl',
  xl: 'size-32 text-4xl',
}
export const avatarPixels: Record<AvatarSize, number> = { sm: 32, md: 48, lg: 80, xl: 128 }

type Props = { name: string; src?: string | null; size?: AvatarSize; alt?: string; className?: string }

export function Avatar({ name, src, size = 'md', alt = '', className }: Props) {
  const box = cn('inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full select-none', boxes[size], className)
  if (src) {
    const pixels = avatarPixels[size]
    return (
      // eslint-disable-next-line @next/next/no-img-element -- served by Payload's access-checked file route, already square and sized
      <img data-slot="avatar" src={src} alt={alt} width={pixels} height={pixels} loading="lazy" decoding="async" className={cn(box, 'bg-muted object-cover')} />
    )
  }
  return (
    <span data-slot="avatar" className={cn(box, 'font-semibold', toneOf(name))} {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}>
      {initialsOf(name)}
    </span>
  )
}
