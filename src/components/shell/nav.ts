export type NavLink = { label: string; href: string }

/** Whether a navigation link is the section the visitor is in (/events for /events/pride-mixer). */
export const isCurrent = (pathname: string, href: string) => href !== '/' && (pathname === href || pathname.startsWith(`${href}/`))

/** A link in the phone menu (its no-JavaScript form and its side panel). */
export const panelLink =
  'flex items-center justify-between rounded-md px-3 py-2.5 text-base font-medium text-foreground no-underline hover:bg-accent hover:text-accent-foreground aria-[current=page]:bg-secondary aria-[current=page]:text-secondary-foreground'
