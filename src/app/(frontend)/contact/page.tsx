import type { Metadata } from 'next'

import { pageMetadata } from '@/site/metadata'
import { NarrowPage } from '@/components/page/NarrowPage'

import { ContactForm } from './ContactForm'

export const metadata: Metadata = pageMetadata({
  title: 'Contact us',
  description: 'Write to the platform team: questions, partnerships, accessibility or press.',
  path: '/contact',
})

export default function ContactPage() {
  return (
    <NarrowPage lead="Questions, partnerships, privacy requests or accessibility problems: write to the team here." title="Contact us">
      <ContactForm />
    </NarrowPage>
  )
}
