import type { Payload } from 'payload'

import { markdownToLexical } from '@/policies/import-markdown'

/**
 * Demo events, jobs and resources, written for this project, dated from the day the demo is
 * seeded so that a fresh checkout always has something upcoming to show.
 */

const day = 86_400_000
const at = (daysFromNow: number, hourUtc: number) => {
  const date = new Date(Date.now() + daysFromNow * day)
  date.setUTCHours(hourUtc, 0, 0, 0)
  return date.toISOString()
}
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()

const write = { overrideAccess: true, context: { disableRevalidate: true } } as const

export async function seedPostings(payload: Payload, organizations: Record<string, number>): Promise<void> {
  const lakeside = organizations['Lakeside University Career Center']
  const northwind = organizations['Northwind Analytics']

  const events = [
    {
      title: 'Résumés with your chosen name',
      summary: 'A workshop on writing a résumé that uses your chosen name, and on what to say when a background check asks for another.',
      description: 'Bring a draft if you have one. Advisers from the Career Center and two alumni mentors answer questions.\n\nCaptions are provided online.',
      startsAt: at(9, 23),
      hours: 1.5,
      zone: 'America/Chicago',
      format: 'hybrid' as const,
      place: 'Career Center, Student Union room 210, Lakeside, MN',
      joiningLink: 'https://meet.example.org/lakeside-resumes',
      audience: ['career-candidates' as const],
      organization: lakeside,
    },
    {
      title: 'Northwind Pride open evening',
      summary: 'Meet Northwind’s Pride network, hear how the company reviews job descriptions, and ask about internships.',
      description: 'An informal online evening with Northwind Pride. No registration needed; cameras optional.',
      startsAt: at(16, 0),
      hours: 1,
      zone: 'America/Chicago',
      format: 'online' as const,
      joiningLink: 'https://meet.example.org/northwind-pride',
      audience: ['career-candidates' as const, 'mentors' as const],
      organization: northwind,
    },
    {
      title: 'Welcome session for new Mentors and Connectors',
      summary: 'How requests work, how to pause, and how to end a mentorship kindly: a half hour with the platform team.',
      description: 'For members who joined as Mentors or Connectors this term. Bring your questions about the Roles & Responsibility Agreement.',
      startsAt: at(5, 17),
      hours: 0.5,
      zone: 'Europe/London',
      format: 'online' as const,
      joiningLink: 'https://meet.example.org/welcome',
      audience: ['mentors' as const],
      organization: null,
    },
  ]
  for (const { description, hours, zone, ...event } of events) {
    await payload.create({
      collection: 'events',
      data: {
        ...event,
        slug: '',
        description: await markdownToLexical(payload, description),
        startsAt_tz: zone as never,
        endsAt: hoursAfter(event.startsAt, hours),
        endsAt_tz: zone as never,
        _status: 'published',
      },
      ...write,
    })
  }

  const jobs = [
    {
      title: 'Junior data analyst',
      kind: 'job' as const,
      workplace: 'remote' as const,
      location: 'United States',
      summary: 'Turn library usage data into dashboards librarians trust. Mentoring from a senior analyst from day one.',
      description: 'You will clean, model and explain data with a team of four.\n\nWe welcome applicants from bootcamps and community colleges.',
      applyLink: 'https://northwind.example.org/careers/junior-data-analyst',
      deadline: at(30, 12),
    },
    {
      title: 'Product design internship, summer 2027',
      kind: 'internship' as const,
      workplace: 'hybrid' as const,
      location: 'Chicago, IL',
      summary: 'Twelve paid weeks designing tools for school libraries, with a Northwind Pride buddy.',
      description: 'Paid internship, twelve weeks from June 2027. Two days a week in our Chicago office.',
      applyInstructions: 'Send a short portfolio (three projects are plenty) and tell us which of our products you would change first.',
      applyLink: 'https://northwind.example.org/careers/design-internship',
      deadline: at(45, 12),
    },
  ]
  for (const { description, ...job } of jobs) {
    await payload.create({
      collection: 'opportunities',
      data: { ...job, slug: '', description: await markdownToLexical(payload, description), organization: northwind, _status: 'published' },
      ...write,
    })
  }

  const resources = [
    {
      title: 'Writing a résumé with your chosen name',
      category: 'resumes' as const,
      summary: 'Where your chosen name goes, what to do about transcripts and references, and how to answer a background check.',
      body: 'Use your chosen name everywhere an employer will address you.\n\nIf a background check needs a legal name, it is asked for separately and is confidential.',
      link: 'https://careers.lakeside.example.edu/chosen-name-resumes',
      audience: ['career-candidates' as const],
      organization: lakeside,
    },
    {
      title: 'Your rights at work',
      category: 'workplace-rights' as const,
      summary: 'What employment law protects, what a good non-discrimination policy says, and whom to ask when something goes wrong.',
      body: 'Read the employer’s non-discrimination policy before an interview; it tells you what they promise.\n\nKeep notes with dates if something goes wrong.',
      audience: ['career-candidates' as const, 'mentors' as const],
      organization: lakeside,
    },
  ]
  for (const { body, ...resource } of resources) {
    await payload.create({
      collection: 'resources',
      data: { ...resource, slug: '', body: await markdownToLexical(payload, body), _status: 'published' },
      ...write,
    })
  }
}
