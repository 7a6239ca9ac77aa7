/**
 * Synthetic Mentor and Connector profiles for `npm run bench:directory`: the same profiles and the
 * same searches for the same seed, shaped like real ones (names, headlines, bios, skills,
 * organisations, pauses) so the directory's text search, filters and sorts see realistic data.
 */
import { slugify } from '../collections/fields/slug'
import type { DirectoryParams, DirectorySort } from '../src/directory/params'
import type { LanguageCode } from '../src/lib/languages'
import { plainToRichText, richTextToPlain } from '../src/lib/plain-text'
import type { MentorProfile } from '../payload-types'

export type Random = {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(list: readonly T[]): T
  /** Picks from [value, weight] pairs. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T
  /** `count` different items, in random order. */
  sample<T>(list: readonly T[], count: number): T[]
  /** An index in [0, length) favouring the start of the list, as real popularity does. */
  skewedIndex(length: number): number
}

/** mulberry32: small, fast and good enough to make benchmark data repeatable. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of choices) {
        roll -= weight
        if (roll < 0) return value
      }
      return choices[choices.length - 1][0]
    },
    sample: (list, count) => {
      const copy = [...list]
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, count)
    },
    skewedIndex: (length) => Math.min(length - 1, Math.floor(length * next() ** 2)),
  }
}

// ---------------------------------------------------------------------------------------------
// Managed lists and organisations

/** Industries, each with the job titles its Mentors and Connectors hold. */
export const industries = [
  {
    name: 'Software & Technology',
    roles: ['software engineer', 'product manager', 'data scientist', 'UX researcher', 'site reliability engineer', 'engineering manager'],
  },
  { name: 'Healthcare', roles: ['nurse practitioner', 'registered nurse', 'physician assistant', 'hospital administrator', 'physical therapist'] },
  { name: 'Finance & Banking', roles: ['financial analyst', 'credit risk analyst', 'accountant', 'financial planner', 'compliance officer'] },
  { name: 'Education', roles: ['high school teacher', 'instructional designer', 'school counselor', 'education program manager'] },
  { name: 'Nonprofit & Advocacy', roles: ['program director', 'community organizer', 'development officer', 'grant writer'] },
  { name: 'Government & Public Policy', roles: ['policy analyst', 'city planner', 'legislative aide', 'public health advisor'] },
  { name: 'Media & Journalism', roles: ['reporter', 'editor', 'podcast producer', 'social media manager'] },
  { name: 'Law', roles: ['attorney', 'paralegal', 'legal aid lawyer', 'in-house counsel'] },
  { name: 'Consulting', roles: ['management consultant', 'strategy consultant', 'HR consultant'] },
  { name: 'Retail & Consumer Goods', roles: ['store manager', 'merchandiser', 'buyer', 'supply chain planner'] },
  { name: 'Engineering & Manufacturing', roles: ['mechanical engineer', 'process engineer', 'quality engineer', 'plant manager'] },
  { name: 'Arts & Design', roles: ['graphic designer', 'illustrator', 'art director', 'museum educator'] },
  { name: 'Hospitality & Tourism', roles: ['hotel manager', 'event planner', 'chef', 'travel coordinator'] },
  { name: 'Energy & Sustainability', roles: ['sustainability analyst', 'solar project manager', 'environmental scientist'] },
  { name: 'Research & Academia', roles: ['postdoctoral researcher', 'lab manager', 'professor', 'research scientist'] },
  { name: 'Marketing & Communications', roles: ['marketing manager', 'copywriter', 'brand strategist', 'communications director'] },
] as const

/** Skills, each with how a headline and a bio say it. */
export const skills = [
  { name: 'Résumé review', offer: 'review résumés', story: 'turn a long résumé into one clear page' },
  { name: 'Interview practice', offer: 'run mock interviews', story: 'practice interviews until the nerves settle' },
  { name: 'Job search strategy', offer: 'plan a job search', story: 'plan a job search that does not swallow the semester' },
  { name: 'Networking', offer: 'help with networking', story: 'start networking without it feeling fake' },
  { name: 'Workplace identity questions', offer: 'talk through identity at work', story: 'work out how much of themselves to bring to a new workplace' },
  { name: 'Career change', offer: 'talk about career changes', story: 'make a career change after a first degree in something else' },
  { name: 'Salary negotiation', offer: 'coach salary negotiation', story: 'negotiate a salary and benefits package with confidence' },
  {
    name: 'Graduate school applications',
    offer: 'advise on graduate school',
    story: 'decide whether graduate school is worth it and write the application essays',
  },
  { name: 'Coming out at work', offer: 'share coming out at work stories', story: 'think through coming out at work, on their own timeline' },
  { name: 'Portfolio review', offer: 'give portfolio feedback', story: 'shape a portfolio around two or three strong projects' },
  { name: 'Internship search', offer: 'help find internships', story: 'find a paid internship in their first or second year' },
  { name: 'LinkedIn and personal brand', offer: 'polish LinkedIn profiles', story: 'write a LinkedIn profile that sounds like them' },
  { name: 'Understanding benefits', offer: 'explain benefits packages', story: 'read a benefits package, including trans-inclusive health coverage' },
  { name: 'Starting your first job', offer: 'help with the first months in a job', story: 'get through the first ninety days of a first job' },
] as const

const companyWords = [
  'Northwind',
  'Bluebird',
  'Cedar',
  'Harbor',
  'Lumen',
  'Meridian',
  'Juniper',
  'Copperline',
  'Prism',
  'Riverbend',
  'Solstice',
  'Tidewater',
  'Summit',
  'Kestrel',
  'Oakridge',
  'Brightwater',
  'Fernwood',
  'Ironbridge',
  'Lakeshore',
  'Marigold',
  'Nimbus',
  'Orchard',
  'Pinecrest',
  'Quill',
  'Redwood',
  'Saffron',
  'Silverline',
  'Sparrow',
  'Sunbeam',
  'Thistle',
  'Verdant',
  'Willow',
  'Zephyr',
  'Aster',
  'Beacon',
  'Canopy',
  'Driftwood',
  'Ember',
  'Foxglove',
  'Granite',
  'Halcyon',
  'Indigo',
  'Larkspur',
  'Mosaic',
  'Opal',
  'Rainier',
  'Tamarack',
]

/** How a company's name ends, and the industry that ending suggests. */
const companyKinds: readonly (readonly [string, number])[] = [
  ['Software', 0],
  ['Analytics', 0],
  ['Labs', 0],
  ['Health', 1],
  ['Medical Group', 1],
  ['Bank', 2],
  ['Credit Union', 2],
  ['Learning', 3],
  ['Foundation', 4],
  ['Alliance', 4],
  ['Media', 6],
  ['News', 6],
  ['Law Group', 7],
  ['Partners', 8],
  ['Consulting', 8],
  ['Outfitters', 9],
  ['Foods', 9],
  ['Robotics', 10],
  ['Manufacturing', 10],
  ['Design Co.', 11],
  ['Studios', 11],
  ['Hotels', 12],
  ['Energy', 13],
  ['Solar', 13],
  ['Research Institute', 14],
  ['Creative Agency', 15],
]

const places = [
  'Lakeview',
  'Eastfield',
  'Cascadia',
  'Prairie',
  'Bayside',
  'Highland',
  'Riverside',
  'Greenfield',
  'Northgate',
  'Westbrook',
  'Mesa',
  'Clearwater',
  'Stonebridge',
  'Maple Valley',
  'Southport',
  'Cypress',
  'Blue Ridge',
  'Redrock',
  'Silver Lake',
  'Harmon',
]

export type SyntheticOrganization = {
  name: string
  kind: 'company' | 'career-center'
  summary: string
  location: string
  institution?: string
  /** The industry most of its people work in (an index into `industries`); none for Career Centers. */
  industry?: number
}

/** Companies and campus Career Centers with made-up, unique names. */
export function syntheticOrganizations(random: Random, count: number): SyntheticOrganization[] {
  const names = new Set<string>()
  const organizations: SyntheticOrganization[] = []
  const careerCenters = Math.round(count / 4)
  while (organizations.length < count) {
    const city = random.pick(cities)
    if (organizations.length < careerCenters) {
      const place = random.pick(places)
      const institution = random.pick([`${place} State University`, `University of ${place}`, `${place} Community College`, `${place} College`])
      const name = `${institution} Career Center`
      if (names.has(name)) continue
      names.add(name)
      organizations.push({
        name,
        kind: 'career-center',
        institution,
        location: city.name,
        summary: `Career advising, employer events and alumni mentoring for ${institution} students.`,
      })
    } else {
      const [ending, industry] = random.pick(companyKinds)
      const name = `${random.pick(companyWords)} ${ending}`
      if (names.has(name)) continue
      names.add(name)
      organizations.push({
        name,
        kind: 'company',
        industry,
        location: city.name,
        summary: `${name} works in ${industries[industry].name.toLowerCase()} from ${city.name}, with an active Pride employee resource group.`,
      })
    }
  }
  // Mixed, so the largest organisations (profiles favour the start of the list) are of both kinds.
  return random.sample(organizations, organizations.length)
}

// ---------------------------------------------------------------------------------------------
// People

const firstNames = [
  'Amara',
  'Kofi',
  'Yuki',
  'Mateo',
  'Priya',
  'Aiyana',
  'Noor',
  'Tomás',
  'Mei',
  'Oluwaseun',
  'Sasha',
  'Jordan',
  'Riley',
  'Alex',
  'Sam',
  'Kai',
  'Rowan',
  'Ezra',
  'Imani',
  'Laila',
  'Dev',
  'Ana',
  'Luis',
  'Chidi',
  'Hana',
  'Sione',
  'Leilani',
  'Omar',
  'Fatima',
  'Zainab',
  'Dmitri',
  'Inès',
  'Bao',
  'Linh',
  'Quinn',
  'River',
  'Sage',
  'Marisol',
  'Diego',
  'Keanu',
  'Tevita',
  'Aroha',
  'Nia',
  'Malik',
  'Jamal',
  'Tariq',
  'Aisha',
  'Esperanza',
  'Camila',
  'Valentina',
  'Santiago',
  'Joaquín',
  'Lucía',
  'Wren',
  'Emery',
  'Avery',
  'Skyler',
  'Morgan',
  'Casey',
  'Taylor',
  'Jesse',
  'Robin',
  'Hyun-woo',
  'Ji-ho',
  'Min-jun',
  'Seo-yeon',
  'Arjun',
  'Ananya',
  'Rohan',
  'Kavya',
  'Ishaan',
  'Meera',
  'Tenzin',
  'Pema',
  'Nkechi',
  'Adaeze',
  'Emeka',
  'Thabo',
  'Lerato',
  'Sipho',
  'Zanele',
  'Yara',
  'Karim',
  'Leila',
  'Amir',
  'Dariush',
  'Shirin',
  'Efe',
  'Ayşe',
  'Mehmet',
  'Elif',
  'Katarzyna',
  'Piotr',
  'Agnieszka',
  'Olga',
  'Taras',
  'Oksana',
  'Björn',
  'Freya',
  'Astrid',
  'Niamh',
  'Cian',
  'Siobhán',
  'Dylan',
  'Gareth',
  'Bronwen',
  'Hamish',
  'Isla',
  'Finn',
  'Margot',
  'Élodie',
  'Théo',
  'Clémence',
  'Giulia',
  'Matteo',
  'Chiara',
  'Lorenzo',
  'Sofia',
  'Joana',
  'João',
  'Beatriz',
  'Rafael',
  'Thiago',
  'Luana',
  'Makoa',
  'Kalani',
  'Aponi',
  'Takoda',
  'Winona',
  'Nayeli',
  'Xóchitl',
  'Itzel',
  'Citlali',
  'Paulo',
  'Marisa',
  'Grace',
  'Hannah',
  'Miriam',
  'Noa',
  'Eitan',
  'Talia',
  'Yosef',
  'Jun',
  'Haruto',
  'Sora',
  'Aoi',
  'Ren',
  'Hikaru',
  'Wei',
  'Xin',
  'Lan',
  'Jia',
  'Tuan',
  'Minh',
  'Anh',
  'Marcus',
  'Andre',
  'Keisha',
  'Tamika',
  'DeShawn',
  'Jasmine',
  'Brandon',
  'Ashley',
  'Tyler',
  'Emily',
  'Maya',
  'Elijah',
  'Gabriel',
]

const lastInitials = 'ABCDEFGHIJKLMNOPQRSTUVWYZ'

/** Where members live: the directory shows the city, time zones follow it. US-heavy, like the membership. */
const cities: readonly { name: string; timeZone: string; language?: LanguageCode; weight: number }[] = [
  { name: 'New York, NY', timeZone: 'America/New_York', weight: 10 },
  { name: 'Brooklyn, NY', timeZone: 'America/New_York', weight: 4 },
  { name: 'Boston, MA', timeZone: 'America/New_York', weight: 4 },
  { name: 'Philadelphia, PA', timeZone: 'America/New_York', weight: 3 },
  { name: 'Washington, DC', timeZone: 'America/New_York', weight: 4 },
  { name: 'Atlanta, GA', timeZone: 'America/New_York', weight: 4 },
  { name: 'Miami, FL', timeZone: 'America/New_York', language: 'es', weight: 3 },
  { name: 'Chicago, IL', timeZone: 'America/Chicago', weight: 6 },
  { name: 'Minneapolis, MN', timeZone: 'America/Chicago', weight: 3 },
  { name: 'Houston, TX', timeZone: 'America/Chicago', language: 'es', weight: 3 },
  { name: 'Austin, TX', timeZone: 'America/Chicago', weight: 4 },
  { name: 'New Orleans, LA', timeZone: 'America/Chicago', weight: 2 },
  { name: 'Denver, CO', timeZone: 'America/Denver', weight: 3 },
  { name: 'Salt Lake City, UT', timeZone: 'America/Denver', weight: 1 },
  { name: 'Phoenix, AZ', timeZone: 'America/Phoenix', language: 'es', weight: 2 },
  { name: 'Seattle, WA', timeZone: 'America/Los_Angeles', weight: 5 },
  { name: 'Portland, OR', timeZone: 'America/Los_Angeles', weight: 3 },
  { name: 'San Francisco, CA', timeZone: 'America/Los_Angeles', weight: 6 },
  { name: 'Oakland, CA', timeZone: 'America/Los_Angeles', weight: 2 },
  { name: 'Los Angeles, CA', timeZone: 'America/Los_Angeles', language: 'es', weight: 6 },
  { name: 'San Diego, CA', timeZone: 'America/Los_Angeles', language: 'es', weight: 2 },
  { name: 'Honolulu, HI', timeZone: 'Pacific/Honolulu', weight: 1 },
  { name: 'Anchorage, AK', timeZone: 'America/Anchorage', weight: 0.5 },
  { name: 'Toronto, ON', timeZone: 'America/Toronto', weight: 3 },
  { name: 'Montréal, QC', timeZone: 'America/Toronto', language: 'fr', weight: 2 },
  { name: 'Vancouver, BC', timeZone: 'America/Vancouver', weight: 2 },
  { name: 'Mexico City', timeZone: 'America/Mexico_City', language: 'es', weight: 2 },
  { name: 'Bogotá', timeZone: 'America/Bogota', language: 'es', weight: 1 },
  { name: 'São Paulo', timeZone: 'America/Sao_Paulo', language: 'pt', weight: 1.5 },
  { name: 'London', timeZone: 'Europe/London', weight: 3 },
  { name: 'Dublin', timeZone: 'Europe/Dublin', weight: 1 },
  { name: 'Berlin', timeZone: 'Europe/Berlin', language: 'de', weight: 2 },
  { name: 'Amsterdam', timeZone: 'Europe/Amsterdam', language: 'nl', weight: 1 },
  { name: 'Lisbon', timeZone: 'Europe/Lisbon', language: 'pt', weight: 1 },
  { name: 'Madrid', timeZone: 'Europe/Madrid', language: 'es', weight: 1 },
  { name: 'Warsaw', timeZone: 'Europe/Warsaw', language: 'pl', weight: 0.5 },
  { name: 'Lagos', timeZone: 'Africa/Lagos', weight: 1 },
  { name: 'Nairobi', timeZone: 'Africa/Nairobi', language: 'sw', weight: 1 },
  { name: 'Johannesburg', timeZone: 'Africa/Johannesburg', weight: 1 },
  { name: 'Tel Aviv', timeZone: 'Asia/Jerusalem', language: 'he', weight: 0.5 },
  // ICU's canonical name, which is what the profile's time-zone validation accepts.
  { name: 'Bengaluru', timeZone: 'Asia/Calcutta', language: 'hi', weight: 1.5 },
  { name: 'Singapore', timeZone: 'Asia/Singapore', language: 'zh', weight: 1 },
  { name: 'Manila', timeZone: 'Asia/Manila', language: 'tl', weight: 1 },
  { name: 'Seoul', timeZone: 'Asia/Seoul', language: 'ko', weight: 1 },
  { name: 'Tokyo', timeZone: 'Asia/Tokyo', language: 'ja', weight: 1 },
  { name: 'Sydney', timeZone: 'Australia/Sydney', weight: 1.5 },
  { name: 'Auckland', timeZone: 'Pacific/Auckland', weight: 0.5 },
]
const cityChoices = cities.map((city) => [city, city.weight] as const)

export const cityTimeZones = [...new Set(cities.map((city) => city.timeZone))]

const otherLanguages: readonly (readonly [LanguageCode, number])[] = [
  ['es', 10],
  ['fr', 4],
  ['zh', 3],
  ['ase', 3],
  ['pt', 2],
  ['de', 2],
  ['hi', 2],
  ['ar', 2],
  ['vi', 2],
  ['ko', 1.5],
  ['tl', 1.5],
  ['ja', 1],
  ['ru', 1],
  ['it', 1],
  ['pl', 1],
  ['uk', 1],
  ['tr', 0.5],
  ['he', 0.5],
  ['bn', 1],
  ['nl', 0.5],
  ['sw', 0.5],
]

const pronounChoices: readonly (readonly [string | null, number])[] = [
  ['she/her', 28],
  ['he/him', 22],
  ['they/them', 25],
  ['she/they', 8],
  ['he/they', 7],
  ['ze/zir', 2],
  ['any pronouns', 3],
  [null, 5],
]

const identityPhrases = [
  'queer',
  'gay',
  'lesbian',
  'bisexual',
  'pansexual',
  'asexual',
  'trans woman',
  'trans man',
  'nonbinary',
  'genderqueer',
  'two-spirit',
  'queer and disabled',
  'Black and queer',
  'Latina lesbian',
  'gay immigrant',
  'bi and first-generation',
  'trans and neurodivergent',
  'intersex',
  'aromantic',
  'queer parent',
  'gay veteran',
  'nonbinary person of color',
]

type Visibility = MentorProfile['pronounsVisibility']
const pronounVisibilities: readonly (readonly [Visibility, number])[] = [
  ['public', 50],
  ['members', 30],
  ['contacts', 10],
  ['hidden', 10],
]
const identitiesVisibilities: readonly (readonly [Visibility, number])[] = [
  ['public', 25],
  ['members', 25],
  ['contacts', 20],
  ['hidden', 30],
]

const connectorRoles = {
  company: ['recruiter', 'talent acquisition partner', 'Pride ERG lead', 'university relations manager', 'diversity recruiting lead'],
  'career-center': ['career advisor', 'employer relations coordinator', 'alumni engagement officer', 'internship coordinator'],
  none: ['independent recruiter', 'community connector', 'career coach'],
}

// ---------------------------------------------------------------------------------------------
// Profiles

export type NamedEntry = { id: number; name: string; slug: string }
export type OrganizationEntry = NamedEntry & Pick<SyntheticOrganization, 'kind' | 'industry'>

/** What a benchmark run draws from: the ids the managed lists and organisations received. */
export type DirectoryLists = { industries: NamedEntry[]; skills: NamedEntry[]; organizations: OrganizationEntry[] }

export type SyntheticProfile = {
  kind: 'mentor' | 'connector'
  displayName: string
  slug: string
  email: string
  headline: string
  /** Stored as the profile form stores typed text. */
  bio: ReturnType<typeof plainToRichText>
  location: string
  timeZone: string
  pronouns: string | null
  pronounsVisibility: Visibility
  identities: string | null
  identitiesVisibility: Visibility
  availability: 'open' | 'full'
  capacity: number
  activeMentees: number
  paused: boolean
  pausedUntil: string | null
  lastActiveAt: string
  createdAt: string
  organization: OrganizationEntry | null
  industries: NamedEntry[]
  skills: NamedEntry[]
  languages: LanguageCode[]
}

const day = 24 * 60 * 60 * 1000
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
/** "an" before a vowel sound: "an HR consultant", "a UX researcher". */
const article = (word: string) => ((/^[aeiou]/i.test(word) && !/^(uni|eu|UX)/i.test(word)) || /^HR\b/.test(word) ? 'an' : 'a')

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[\s,·;]+$/, '')
}

function headlineOf(random: Random, role: string, profile: Pick<SyntheticProfile, 'kind' | 'organization' | 'location' | 'skills' | 'industries'>): string {
  const offer = skills.find((skill) => skill.name === profile.skills[0].name)?.offer ?? 'help students'
  const where = profile.organization ? ` at ${profile.organization.name}` : ''
  const industry = profile.industries[0].name.toLowerCase()
  if (profile.kind === 'connector') {
    return clip(
      random.pick([
        `${capitalize(role)}${where} · introductions to ${industry} teams`,
        `${capitalize(role)}${where} · I connect students with hiring managers`,
        `${capitalize(role)} in ${profile.location} · happy to ${offer}`,
      ]),
      140,
    )
  }
  const years = random.int(2, 25)
  return clip(
    random.pick([
      `${capitalize(role)}${where} · happy to ${offer}`,
      `${capitalize(role)} in ${profile.location} · I ${offer}`,
      `${capitalize(role)}, ${years} years in ${industry}`,
      `${capitalize(role)} who loves to ${offer}`,
      `Former ${random.pick(industries[random.int(0, industries.length - 1)].roles)}, now ${role}${where}`,
    ]),
    140,
  )
}

function bioOf(random: Random, role: string, profile: Pick<SyntheticProfile, 'kind' | 'organization' | 'location' | 'skills' | 'industries'>): string[] {
  const industry = profile.industries[0].name.toLowerCase()
  const stories = profile.skills.map((chosen) => skills.find((skill) => skill.name === chosen.name)!.story)
  const years = random.int(2, 25)
  const first = [
    random.pick([
      `I have worked in ${industry} for ${years} years, most recently as ${article(role)} ${role}.`,
      `I am ${article(role)} ${role} based in ${profile.location}.`,
      `After a first degree in ${random.pick(['history', 'biology', 'music', 'economics', 'sociology', 'physics', 'English'])}, I found my way into ${industry} and became ${article(role)} ${role}.`,
    ]),
    `I like helping students ${stories[0]}${stories[1] ? `, and ${stories[1]}` : ''}.`,
  ]
  if (random.chance(0.4)) {
    first.push(
      random.pick([
        'I came out at work in my second job and know how much one friendly face in the building helps.',
        'I was the first in my family to go to college, so nothing about the hidden rules of hiring is too basic to ask.',
        'I switched careers in my thirties, so it is never too late to change direction.',
        'I sit on our Pride employee resource group and can tell you what inclusion looks like from the inside.',
      ]),
    )
  }
  const paragraphs = [first.join(' ')]
  if (random.chance(0.55)) {
    paragraphs.push(
      [
        random.pick([
          'I usually meet students over video in the evenings, and I answer messages within a few days.',
          'A thirty-minute call is usually enough to get unstuck; bring a draft or a question.',
          'I am happy to read application materials ahead of a call so we can spend the time on your questions.',
          'Reach out even if you are not sure what to ask yet: working that out together is part of mentoring.',
        ]),
        stories[2] ? `Students also ask me how to ${stories[2]}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
  }
  return paragraphs
}

const companies = new WeakMap<DirectoryLists, OrganizationEntry[]>()
function companiesOf(lists: DirectoryLists): OrganizationEntry[] {
  if (!companies.has(lists))
    companies.set(
      lists,
      lists.organizations.filter((organization) => organization.kind === 'company'),
    )
  return companies.get(lists)!
}

/**
 * One Mentor or Connector. `index` makes the slug and email unique; everything else comes from
 * `random`, so the same seed gives the same profiles.
 */
export function syntheticProfile(random: Random, index: number, lists: DirectoryLists, now: Date): SyntheticProfile {
  const kind = random.chance(0.8) ? 'mentor' : 'connector'
  const displayName = `${random.pick(firstNames)} ${random.pick([...lastInitials])}.`
  const city = random.weighted(cityChoices)
  // Career Center staff join as Connectors; Mentors belong to companies.
  const joinable = kind === 'connector' ? lists.organizations : companiesOf(lists)
  const organization = random.chance(kind === 'connector' ? 0.65 : 0.34) ? joinable[random.skewedIndex(joinable.length)] : null

  // Someone at a company mostly works in that company's industry.
  const ownIndustry = organization?.industry !== undefined && random.chance(0.8) ? lists.industries[organization.industry] : undefined
  const chosenIndustries = random.sample(
    lists.industries.filter((entry) => entry !== ownIndustry),
    random.int(1, 3),
  )
  const profileIndustries = ownIndustry ? [ownIndustry, ...chosenIndustries.slice(0, chosenIndustries.length - 1)] : chosenIndustries
  const profileSkills = random.sample(lists.skills, random.int(2, 5))

  const industryRoles = industries.find((entry) => entry.name === profileIndustries[0].name)!.roles
  const role = kind === 'mentor' ? random.pick(industryRoles) : random.pick(connectorRoles[organization ? organization.kind : 'none'])
  const shape = { kind, organization, location: city.name, skills: profileSkills, industries: profileIndustries } as const

  const languages = new Set<LanguageCode>()
  if (random.chance(0.8)) languages.add('en')
  if (city.language && (languages.size === 0 || random.chance(0.6))) languages.add(city.language)
  if (languages.size === 0 || random.chance(0.25)) languages.add(random.weighted(otherLanguages))
  if (languages.size === 0) languages.add('en')

  const capacity = random.int(1, 5)
  const availability = random.chance(0.85) ? 'open' : 'full'
  const paused = random.chance(0.1)
  const pauseEnd = random.next()
  // Recently active members are more common than long-quiet ones.
  const lastActiveAt = new Date(now.getTime() - Math.floor(400 * day * random.next() ** 1.6))
  const createdAt = new Date(lastActiveAt.getTime() - Math.floor(random.next() * 700 * day))

  return {
    kind,
    displayName,
    slug: `${slugify(displayName)}-${index.toString(36)}`,
    email: `bench-${kind}-${index}@directory.example`,
    headline: headlineOf(random, role, shape),
    bio: plainToRichText(bioOf(random, role, shape).join('\n\n')),
    location: city.name,
    timeZone: city.timeZone,
    pronouns: random.weighted(pronounChoices),
    pronounsVisibility: random.weighted(pronounVisibilities),
    identities: random.chance(0.55) ? random.sample(identityPhrases, random.int(1, 2)).join(', ') : null,
    identitiesVisibility: random.weighted(identitiesVisibilities),
    availability,
    capacity,
    activeMentees: availability === 'full' ? capacity : random.int(0, capacity - 1),
    paused,
    pausedUntil: !paused
      ? null
      : pauseEnd < 0.5
        ? new Date(now.getTime() + random.int(1, 90) * day).toISOString()
        : pauseEnd < 0.8
          ? new Date(now.getTime() - random.int(1, 120) * day).toISOString()
          : null,
    lastActiveAt: lastActiveAt.toISOString(),
    createdAt: createdAt.toISOString(),
    organization,
    industries: profileIndustries,
    skills: profileSkills,
    languages: [...languages],
  }
}

const byName = (a: NamedEntry, b: NamedEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * The text the directory searches, as collections/MentorProfiles/hooks/buildSearchText.ts builds
 * it (industries and skills come back from Payload in the lists' default order, by name).
 */
export function searchTextOf(profile: SyntheticProfile): string {
  const parts = [
    profile.displayName,
    profile.headline,
    richTextToPlain(profile.bio),
    ...[...profile.industries].sort(byName).map((entry) => entry.name),
    ...[...profile.skills].sort(byName).map((entry) => entry.name),
    profile.location,
    profile.organization?.name,
  ]
  return parts.filter(Boolean).join(' \n').slice(0, 20_000)
}

type Row = Record<string, string | number | null>

/** A profile as the rows Payload's SQLite schema stores it in (see src/migrations). */
export type ProfileTables = {
  users: Row[]
  users_roles: Row[]
  mentor_profiles: Row[]
  mentor_profiles_rels: Row[]
  mentor_profiles_languages: Row[]
}

export const emptyProfileTables = (): ProfileTables => ({
  users: [],
  users_roles: [],
  mentor_profiles: [],
  mentor_profiles_rels: [],
  mentor_profiles_languages: [],
})

/**
 * Appends one profile and its account to `tables`. The accounts never sign in: a fixed
 * placeholder hash and salt stand in for a password.
 */
export function addProfileRows(tables: ProfileTables, profile: SyntheticProfile, ids: { user: number; profile: number }): void {
  const paused = profile.paused ? 1 : 0
  tables.users.push({
    id: ids.user,
    chosen_name: profile.displayName,
    pronouns: profile.pronouns,
    involvement_paused: paused,
    paused_until: profile.pausedUntil,
    email: profile.email,
    salt: 'bench-directory-no-sign-in',
    hash: 'bench-directory-no-sign-in',
    _verified: 1,
    login_attempts: 0,
    created_at: profile.createdAt,
    updated_at: profile.lastActiveAt,
  })
  tables.users_roles.push({ order: 1, parent_id: ids.user, value: profile.kind })
  tables.mentor_profiles.push({
    id: ids.profile,
    user_id: ids.user,
    kind: profile.kind,
    display_name: profile.displayName,
    slug: profile.slug,
    organization_id: profile.organization?.id ?? null,
    headline: profile.headline,
    bio: JSON.stringify(profile.bio),
    location: profile.location,
    time_zone: profile.timeZone,
    pronouns: profile.pronouns,
    pronouns_visibility: profile.pronounsVisibility,
    identities: profile.identities,
    identities_visibility: profile.identitiesVisibility,
    availability: profile.availability,
    capacity: profile.capacity,
    active_mentees: profile.activeMentees,
    paused,
    paused_until: profile.pausedUntil,
    last_active_at: profile.lastActiveAt,
    search_text: searchTextOf(profile),
    created_at: profile.createdAt,
    updated_at: profile.lastActiveAt,
  })
  profile.industries.forEach((entry, i) => {
    tables.mentor_profiles_rels.push({ order: i + 1, parent_id: ids.profile, path: 'industries', industries_id: entry.id, skills_id: null })
  })
  profile.skills.forEach((entry, i) => {
    tables.mentor_profiles_rels.push({ order: i + 1, parent_id: ids.profile, path: 'skills', industries_id: null, skills_id: entry.id })
  })
  profile.languages.forEach((value, i) => tables.mentor_profiles_languages.push({ order: i + 1, parent_id: ids.profile, value }))
}

// ---------------------------------------------------------------------------------------------
// Searches

/** Words visitors type, all of which occur in the profiles' headlines, bios, skills or places. */
const searchTerms = [
  'interview',
  'interviews',
  'resume',
  'résumé',
  'salary',
  'negotiation',
  'portfolio',
  'networking',
  'internship',
  'graduate',
  'linkedin',
  'benefits',
  'coming out',
  'career change',
  'first job',
  'engineer',
  'software',
  'nurse',
  'designer',
  'teacher',
  'analyst',
  'policy',
  'attorney',
  'recruiter',
  'consultant',
  'marketing',
  'finance',
  'healthcare',
  'nonprofit',
  'research',
  'chef',
  'chicago',
  'seattle',
  'new york',
  'london',
  'toronto',
  'trans',
  'first generation',
  'identity',
  'mock',
  'product manager',
  'data scientist',
  'video',
]
/** Half-typed words: the search matches them as prefixes. */
const searchPrefixes = ['interv', 'negot', 'portf', 'eng', 'desig', 'netw', 'recr', 'sal', 'nur', 'intern', 'analy', 'sustain']
/** Searches whose words are each common but rarely meet, and names. */
const searchPairs = ['nurse interview', 'software salary', 'chef portfolio', 'teacher career change', 'attorney coming out', 'amara', 'kai', 'ezra']

const sortChoices: readonly (readonly [DirectorySort, number])[] = [
  ['relevance', 50],
  ['recent', 30],
  ['name', 20],
]
const filterLanguages: readonly (readonly [LanguageCode, number])[] = [
  ['es', 8],
  ['en', 3],
  ['fr', 2],
  ['ase', 2],
  ['zh', 1],
  ['pt', 1],
  ['hi', 1],
  ['ko', 0.5],
]

function typedSearch(random: Random): string {
  const roll = random.next()
  if (roll < 0.15) return random.pick(searchPrefixes)
  if (roll < 0.25) return random.pick(searchPairs)
  if (roll < 0.75) return random.pick(searchTerms)
  return `${random.pick(searchTerms)} ${random.pick(searchTerms)}`
}

function addFilters(random: Random, params: DirectoryParams, lists: DirectoryLists): void {
  const filters = random.sample(['industry', 'skill', 'organization', 'kind', 'language', 'industry', 'skill'] as const, random.int(1, 3))
  for (const filter of filters) {
    if (filter === 'industry') params.industry = random.pick(lists.industries).slug
    if (filter === 'skill') params.skill = random.pick(lists.skills).slug
    if (filter === 'organization') params.organization = lists.organizations[random.skewedIndex(lists.organizations.length)].slug
    if (filter === 'kind') params.kind = random.chance(0.7) ? 'mentor' : 'connector'
    if (filter === 'language') params.language = random.weighted(filterLanguages)
  }
}

/**
 * A fixed mix of directory searches: words only, filters only, both, and a few bare visits;
 * every sort; mostly the first page, some the next few, a few deep pages.
 */
export function syntheticDirectoryQueries(random: Random, count: number, lists: DirectoryLists): DirectoryParams[] {
  return Array.from({ length: count }, () => {
    const params: DirectoryParams = { q: '', show: random.chance(0.8) ? 'available' : 'all', sort: random.weighted(sortChoices), page: 1 }
    const shape = random.next()
    if (shape < 0.35) params.q = typedSearch(random)
    else if (shape < 0.65) addFilters(random, params, lists)
    else if (shape < 0.95) {
      params.q = typedSearch(random)
      addFilters(random, params, lists)
    }
    const page = random.next()
    params.page = page < 0.6 ? 1 : page < 0.9 ? random.int(2, 5) : random.int(20, 40)
    return params
  })
}
