import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { LanguageCode } from '@/lib/languages'
import { markdownToLexical } from '@/policies/import-markdown'

export const demoIndustries = [
  'Technology',
  'Finance and banking',
  'Healthcare',
  'Education',
  'Government and public service',
  'Non-profit and advocacy',
  'Media, arts and design',
  'Law',
  'Engineering and manufacturing',
  'Retail and consumer goods',
  'Hospitality and tourism',
  'Science and research',
  'Marketing and communications',
  'Consulting',
  'Energy and environment',
]

export const demoSkills = [
  'Résumé review',
  'Interview practice',
  'Job search strategy',
  'Networking',
  'Workplace identity questions',
  'Coming out at work',
  'Career change',
  'Salary negotiation',
  'Graduate school applications',
  'Portfolio review',
  'Internship search',
  'Leadership and management',
]

type DemoMentor = {
  name: string
  pronouns?: string
  kind: 'mentor' | 'connector'
  headline: string
  bio: string
  industries: string[]
  skills: string[]
  languages: LanguageCode[]
  location: string
  timeZone: string
  availability?: 'open' | 'full'
  paused?: boolean
  identities?: string
  daysSinceActive: number
}

/** Fictional Mentors and Connectors for the demo directory, written for this project. */
const demoMentors: DemoMentor[] = [
  { name: 'Alex Rivera', pronouns: 'they/them', kind: 'mentor', headline: 'Software engineer who loves helping first-generation students into tech', bio: 'I moved from community college to a backend team at a payments company. Happy to review résumés and run mock coding interviews.', industries: ['Technology', 'Finance and banking'], skills: ['Résumé review', 'Interview practice', 'Job search strategy'], languages: ['en', 'es'], location: 'Austin, TX', timeZone: 'America/Chicago', identities: 'Queer, non-binary, Latinx', daysSinceActive: 1 },
  { name: 'Bea Okafor', pronouns: 'she/her', kind: 'mentor', headline: 'Nurse practitioner and clinical educator', bio: 'Twelve years in hospital and community care. I can talk through nursing school, clinical placements and being out with patients and colleagues.', industries: ['Healthcare', 'Education'], skills: ['Workplace identity questions', 'Graduate school applications', 'Career change'], languages: ['en'], location: 'Atlanta, GA', timeZone: 'America/New_York', daysSinceActive: 3 },
  { name: 'Chen Wei', pronouns: 'he/him', kind: 'connector', headline: 'Data science lead: one introduction to the right analytics team', bio: 'I know hiring managers across analytics teams in the Bay Area and can make a warm introduction.', industries: ['Technology', 'Science and research'], skills: ['Networking', 'Internship search'], languages: ['en', 'zh'], location: 'San Francisco, CA', timeZone: 'America/Los_Angeles', daysSinceActive: 10 },
  { name: 'Dani Moreau', pronouns: 'she/they', kind: 'mentor', headline: 'Public defender helping students into law school and legal aid', bio: 'From LSAT prep to clerkships and public interest work: ask me anything about a legal career.', industries: ['Law', 'Non-profit and advocacy'], skills: ['Graduate school applications', 'Interview practice', 'Coming out at work'], languages: ['en', 'fr'], location: 'Montreal, QC', timeZone: 'America/Toronto', identities: 'Bisexual', daysSinceActive: 2 },
  { name: 'Eli Goldberg', pronouns: 'he/him', kind: 'mentor', headline: 'Product designer and portfolio nerd', bio: 'I review design portfolios and help students tell the story behind their work.', industries: ['Media, arts and design', 'Technology'], skills: ['Portfolio review', 'Résumé review', 'Salary negotiation'], languages: ['en', 'he'], location: 'New York, NY', timeZone: 'America/New_York', availability: 'full', daysSinceActive: 5 },
  { name: 'Fatima Haddad', pronouns: 'she/her', kind: 'mentor', headline: 'Civil engineer on transit and water projects', bio: 'Engineering internships, licensure and finding inclusive firms in a conservative industry.', industries: ['Engineering and manufacturing', 'Government and public service'], skills: ['Internship search', 'Workplace identity questions', 'Job search strategy'], languages: ['en', 'ar'], location: 'Detroit, MI', timeZone: 'America/Detroit', daysSinceActive: 14 },
  { name: 'Gabe Santos', pronouns: 'he/they', kind: 'connector', headline: 'Recruiter in retail leadership programmes', bio: 'I can answer one question about retail management trainee programmes or pass your résumé to the right person.', industries: ['Retail and consumer goods'], skills: ['Networking', 'Résumé review'], languages: ['en', 'pt'], location: 'Miami, FL', timeZone: 'America/New_York', daysSinceActive: 30 },
  { name: 'Hana Sato', pronouns: 'she/her', kind: 'mentor', headline: 'Research scientist in climate modelling', bio: 'PhD applications, research internships and life as an out scientist in academia and national labs.', industries: ['Science and research', 'Energy and environment'], skills: ['Graduate school applications', 'Career change', 'Networking'], languages: ['en', 'ja'], location: 'Boulder, CO', timeZone: 'America/Denver', daysSinceActive: 4 },
  { name: 'Idris Bello', pronouns: 'he/him', kind: 'mentor', headline: 'Investment analyst who switched from engineering', bio: 'Breaking into finance without the usual background, and negotiating your first offer.', industries: ['Finance and banking', 'Consulting'], skills: ['Career change', 'Salary negotiation', 'Interview practice'], languages: ['en'], location: 'Chicago, IL', timeZone: 'America/Chicago', paused: true, daysSinceActive: 60 },
  { name: 'Jo Lindqvist', pronouns: 'they/them', kind: 'mentor', headline: 'Secondary school teacher and union rep', bio: 'Teaching credentials, first classrooms and being a visible queer adult for students.', industries: ['Education'], skills: ['Coming out at work', 'Workplace identity questions', 'Job search strategy'], languages: ['en', 'de'], location: 'Minneapolis, MN', timeZone: 'America/Chicago', identities: 'Trans, non-binary', daysSinceActive: 7 },
  { name: 'Kai Nakamura', pronouns: 'he/him', kind: 'connector', headline: 'Hotel operations manager', bio: 'One conversation about hospitality careers, or an introduction to a hotel group with a strong Pride network.', industries: ['Hospitality and tourism'], skills: ['Networking', 'Internship search'], languages: ['en', 'ja'], location: 'Honolulu, HI', timeZone: 'Pacific/Honolulu', daysSinceActive: 21 },
  { name: 'Lena Petrova', pronouns: 'she/her', kind: 'mentor', headline: 'Marketing director for purpose-driven brands', bio: 'Building a marketing career, writing a standout cover letter and handling interviews at agencies.', industries: ['Marketing and communications', 'Non-profit and advocacy'], skills: ['Résumé review', 'Interview practice', 'Leadership and management'], languages: ['en', 'ru'], location: 'Seattle, WA', timeZone: 'America/Los_Angeles', daysSinceActive: 2 },
  { name: 'Marisol Vega', pronouns: 'she/ella', kind: 'mentor', headline: 'Policy adviser in state government', bio: 'Fellowships, public service exams and finding LGBTQ+-affirming agencies.', industries: ['Government and public service', 'Law'], skills: ['Job search strategy', 'Networking', 'Graduate school applications'], languages: ['en', 'es'], location: 'Sacramento, CA', timeZone: 'America/Los_Angeles', daysSinceActive: 9 },
  { name: 'Noor Rahman', pronouns: 'she/her', kind: 'mentor', headline: 'Management consultant and case interview coach', bio: 'Case interviews, consulting recruiting timelines and what to ask about inclusion before you accept.', industries: ['Consulting', 'Healthcare'], skills: ['Interview practice', 'Salary negotiation', 'Workplace identity questions'], languages: ['en', 'bn', 'hi'], location: 'Boston, MA', timeZone: 'America/New_York', daysSinceActive: 1 },
  { name: 'Oren Cohen', pronouns: 'he/him', kind: 'connector', headline: 'Engineering manager at a robotics start-up', bio: 'I can introduce you to robotics and hardware teams hiring interns.', industries: ['Engineering and manufacturing', 'Technology'], skills: ['Networking', 'Internship search'], languages: ['en', 'he'], location: 'Pittsburgh, PA', timeZone: 'America/New_York', daysSinceActive: 45 },
  { name: 'Priya Nair', pronouns: 'she/her', kind: 'mentor', headline: 'Pharmacist and health-tech product lead', bio: 'Moving between clinical work and technology, and interviewing for product roles.', industries: ['Healthcare', 'Technology'], skills: ['Career change', 'Interview practice', 'Résumé review'], languages: ['en', 'hi'], location: 'Houston, TX', timeZone: 'America/Chicago', daysSinceActive: 6 },
  { name: 'Quinn Murphy', pronouns: 'they/them', kind: 'mentor', headline: 'Sustainability analyst in renewable energy', bio: 'Green jobs, environmental policy internships and staying out in rural field work.', industries: ['Energy and environment', 'Science and research'], skills: ['Job search strategy', 'Coming out at work', 'Internship search'], languages: ['en'], location: 'Portland, OR', timeZone: 'America/Los_Angeles', availability: 'full', daysSinceActive: 12 },
  { name: 'Rosa Delgado', pronouns: 'she/her', kind: 'mentor', headline: 'Journalist and audio producer', bio: 'Building clips, pitching editors and finding newsrooms that respect your pronouns.', industries: ['Media, arts and design', 'Marketing and communications'], skills: ['Portfolio review', 'Networking', 'Job search strategy'], languages: ['en', 'es'], location: 'Los Angeles, CA', timeZone: 'America/Los_Angeles', daysSinceActive: 3 },
  { name: 'Sami Laine', pronouns: 'he/him', kind: 'mentor', headline: 'Accountant turned start-up finance lead', bio: 'CPA exams, audit careers and negotiating your first salary.', industries: ['Finance and banking'], skills: ['Salary negotiation', 'Résumé review', 'Leadership and management'], languages: ['en'], location: 'Denver, CO', timeZone: 'America/Denver', paused: true, daysSinceActive: 90 },
  { name: 'Tamsin Price', pronouns: 'she/they', kind: 'mentor', headline: 'University admissions officer', bio: 'Graduate school personal statements, funding and choosing a welcoming programme.', industries: ['Education', 'Non-profit and advocacy'], skills: ['Graduate school applications', 'Résumé review'], languages: ['en', 'fr'], location: 'Philadelphia, PA', timeZone: 'America/New_York', daysSinceActive: 8 },
  { name: 'Uma Patel', pronouns: 'she/her', kind: 'connector', headline: 'HR business partner at a consumer goods company', bio: 'One question about HR careers or an introduction to our LGBTQ+ employee network.', industries: ['Retail and consumer goods', 'Consulting'], skills: ['Networking', 'Workplace identity questions'], languages: ['en', 'hi'], location: 'Cincinnati, OH', timeZone: 'America/New_York', daysSinceActive: 16 },
  { name: 'Victor Nguyen', pronouns: 'he/him', kind: 'mentor', headline: 'Cloud security engineer', bio: 'Security certifications, first SOC jobs and technical interview practice.', industries: ['Technology', 'Government and public service'], skills: ['Interview practice', 'Job search strategy', 'Internship search'], languages: ['en', 'vi'], location: 'Arlington, VA', timeZone: 'America/New_York', daysSinceActive: 2 },
  { name: 'Wren Adeyemi', pronouns: 'they/them', kind: 'mentor', headline: 'Museum curator and arts administrator', bio: 'Breaking into museums, grant writing and arts non-profits.', industries: ['Media, arts and design', 'Non-profit and advocacy'], skills: ['Portfolio review', 'Career change', 'Networking'], languages: ['en'], location: 'Chicago, IL', timeZone: 'America/Chicago', identities: 'Black, queer, genderfluid', daysSinceActive: 11 },
  { name: 'Yusuf Demir', pronouns: 'he/him', kind: 'mentor', headline: 'Hospital administrator and former paramedic', bio: 'Healthcare management, MHA programmes and leading teams as an out manager.', industries: ['Healthcare'], skills: ['Leadership and management', 'Graduate school applications', 'Coming out at work'], languages: ['en', 'tr'], location: 'Phoenix, AZ', timeZone: 'America/Phoenix', daysSinceActive: 25 },
  { name: 'Zoe Martins', pronouns: 'she/her', kind: 'mentor', headline: 'UX researcher in fintech', bio: 'Research portfolios, interview case studies and moving from academia to industry.', industries: ['Technology', 'Finance and banking'], skills: ['Portfolio review', 'Career change', 'Interview practice'], languages: ['en', 'pt'], location: 'Remote', timeZone: 'America/Sao_Paulo', daysSinceActive: 4 },
]

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

/** Industries, skills and a directory of fictional Mentors and Connectors. */
export async function seedDirectory(payload: Payload): Promise<void> {
  const ids = async (collection: 'industries' | 'skills', names: string[]) => {
    const map = new Map<string, number>()
    for (const name of names) {
      const created = await payload.create({ collection, data: { name, slug: '' }, overrideAccess: true })
      map.set(name, created.id)
    }
    return map
  }
  const industries = await ids('industries', demoIndustries)
  const skills = await ids('skills', demoSkills)

  for (const mentor of demoMentors) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${mentor.name.toLowerCase().replace(/[^a-z]+/g, '.')}@mentors.example.org`,
        // Demo directory members never sign in: a random password nobody knows.
        password: randomBytes(18).toString('base64url'),
        chosenName: mentor.name,
        pronouns: mentor.pronouns,
        roles: [mentor.kind],
        involvementPaused: mentor.paused ?? false,
        _verified: true,
      },
      overrideAccess: true,
      disableVerificationEmail: true,
    })
    await payload.update({
      collection: 'mentor-profiles',
      where: { user: { equals: user.id } },
      data: {
        headline: mentor.headline,
        bio: await markdownToLexical(payload, mentor.bio),
        industries: mentor.industries.map((name) => industries.get(name)!),
        skills: mentor.skills.map((name) => skills.get(name)!),
        languages: mentor.languages,
        location: mentor.location,
        timeZone: mentor.timeZone,
        availability: mentor.availability ?? 'open',
        identities: mentor.identities,
        identitiesVisibility: mentor.identities ? 'members' : 'hidden',
        pronounsVisibility: 'public',
        lastActiveAt: daysAgo(mentor.daysSinceActive),
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  }
}

/** Profile details for the demo Mentor and Connector accounts, so they read like real profiles. */
export async function completeDemoProfiles(payload: Payload, displayNames: { mentor: string; connector: string }): Promise<void> {
  const find = async (collection: 'industries' | 'skills', name: string) =>
    (await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]!.id
  await payload.update({
    collection: 'mentor-profiles',
    where: { displayName: { equals: displayNames.mentor } },
    data: {
      headline: 'Backend developer and meet-up organiser',
      bio: await markdownToLexical(payload, 'I help students prepare for technical interviews and find teams where they can be out at work.'),
      industries: [await find('industries', 'Technology')],
      skills: [await find('skills', 'Interview practice'), await find('skills', 'Résumé review')],
      languages: ['en'],
      location: 'Remote',
      timeZone: 'Europe/London',
      pronounsVisibility: 'public',
      lastActiveAt: daysAgo(0),
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  await payload.update({
    collection: 'mentor-profiles',
    where: { displayName: { equals: displayNames.connector } },
    data: {
      headline: 'Analytics manager: introductions to data teams',
      industries: [await find('industries', 'Technology')],
      skills: [await find('skills', 'Networking')],
      languages: ['en', 'hi'],
      location: 'Chicago, IL',
      timeZone: 'America/Chicago',
      lastActiveAt: daysAgo(2),
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
