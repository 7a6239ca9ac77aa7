import type { Payload } from 'payload'

import { markdownToLexical } from '@/policies/import-markdown'

/** Demo organisations, written for this project. Fictional names; any likeness is accidental. */
export const demoOrganizations = [
  {
    name: 'Northwind Analytics',
    kind: 'company' as const,
    summary: 'A data and software company with an active Pride network and mentors across engineering and design.',
    location: 'Remote and Chicago, IL',
    timeZone: 'America/Chicago' as const,
    website: 'https://northwind.example.org',
    description:
      'We build analytics tools for public libraries and schools.\n\nOur LGBTQ+ employees mentor students through the platform, and our hiring team reviews every job description for inclusive language.',
    ergs: [
      { name: 'Northwind Pride', description: 'Our LGBTQ+ and ally network: monthly meet-ups, a mentoring circle and a voice in benefits reviews.' },
      { name: 'Trans at Northwind', description: 'A peer space for trans and non-binary colleagues, and advice on transitioning at work.' },
    ],
    inclusion: {
      nonDiscriminationPolicyUrl: 'https://northwind.example.org/non-discrimination',
      benefitsNotes: 'Health plan covers gender-affirming care.\nParental leave is the same for every parent.',
    },
    plan: { tier: 'partner' as const, status: 'active' as const, startDate: '2026-01-01T00:00:00.000Z', renewalDate: '2027-12-31T00:00:00.000Z' },
  },
  {
    name: 'Harbor Health Partners',
    kind: 'company' as const,
    summary: 'A regional health network of twelve clinics, hiring nurses, analysts and administrators across the Pacific Northwest.',
    location: 'Portland, OR',
    timeZone: 'America/Los_Angeles' as const,
    website: 'https://harbor.example.org',
    description: 'Nurses, analysts and administrators across twelve clinics.',
    ergs: [{ name: 'Harbor Pride Collective', description: 'Colleagues and allies across our clinics.' }],
    inclusion: { nonDiscriminationPolicyUrl: '', benefitsNotes: '' },
    plan: { tier: 'community' as const, status: 'expired' as const, startDate: '2025-01-01T00:00:00.000Z', renewalDate: '2025-12-31T00:00:00.000Z' },
  },
  {
    name: 'Lakeside University Career Center',
    kind: 'career-center' as const,
    summary: 'Career advising for Lakeside students and recent graduates, with an LGBTQ+ career series every term.',
    location: 'Lakeside, MN',
    timeZone: 'America/Chicago' as const,
    institution: 'Lakeside University',
    campus: 'Main campus',
    website: 'https://careers.lakeside.example.edu',
    description: 'Advisers trained in LGBTQ+ inclusion, drop-in hours every weekday, and résumé reviews with chosen names respected.',
    plan: { tier: 'community' as const, status: 'active' as const, startDate: '2026-01-01T00:00:00.000Z', renewalDate: '2027-08-31T00:00:00.000Z' },
  },
]

/** Creates the demo organisations; returns their ids by name for linking demo staff. */
export async function seedOrganizations(payload: Payload): Promise<Record<string, number>> {
  const ids: Record<string, number> = {}
  for (const { description, ...organization } of demoOrganizations) {
    const created = await payload.create({
      collection: 'organizations',
      data: { ...organization, slug: '', description: await markdownToLexical(payload, description) },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    ids[organization.name] = created.id as number
  }
  return ids
}
