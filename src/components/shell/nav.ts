export type NavLink = { label: string; href: string }

/** Whether a navigation link is the section the visitor is in (/events for /events/pride-mixer). */
export const isCurrent = (pathname: string, href: string) => href !== '/' && (pathname === href || pathname.startsWith(`${href}/`))
