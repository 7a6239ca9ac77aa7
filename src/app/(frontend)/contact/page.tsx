import type { Metadata } from 'next'

import { ContactForm } from './ContactForm'

export const metadata: Metadata = { title: 'Contact us' }

export default function ContactPage() {
  return (
    <>
      <h1>Contact us</h1>
      <p className="lead">Questions, partnerships, privacy requests or accessibility problems: write to the team here.</p>
      <ContactForm />
    </>
  )
}
