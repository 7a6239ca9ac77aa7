'use client'
// Mount <Toaster/> on the page that uses it (not in the layout: its script would weigh on every page). Call `toast('Saved')` (from here or 'sonner') in a client component for a
// passing confirmation; a form's error belongs in an <Alert> beside the form, not a toast.
import type { CSSProperties } from 'react'
import { Toaster as Sonner, type ToasterProps } from 'sonner'

export { toast } from 'sonner'

export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      className="toaster"
      // The theme's tokens colour the toasts, so they follow light, dark and the visitor's choice.
      style={
        {
          '--normal-bg': 'var(--popover)',
          '--normal-text': 'var(--popover-foreground)',
          '--normal-border': 'var(--border)',
          '--success-bg': 'var(--popover)',
          '--success-text': 'var(--popover-foreground)',
          '--success-border': 'var(--success)',
          '--error-bg': 'var(--popover)',
          '--error-text': 'var(--destructive)',
          '--error-border': 'var(--destructive)',
          '--border-radius': 'var(--radius)',
        } as CSSProperties
      }
      toastOptions={{ classNames: { toast: 'font-sans', description: 'text-muted-foreground' } }}
      {...props}
    />
  )
}
