import { cn } from '@/lib/cn'

/** The count of things waiting for the member, on the avatar and beside "Requests"; nothing at zero. */
export function CountBadge({ count, className }: { count: number; className?: string }) {
  if (count === 0) return null
  return (
    <span
      aria-hidden
      className={cn(
        'inline-flex min-w-5 items-center justify-center rounded-full bg-destructive px-1.5 text-xs leading-5 font-semibold text-destructive-foreground',
        className,
      )}
      data-testid="member-badge"
    >
      {count > 99 ? '99+' : count}
    </span>
  )
}
