import type { HelpTopic } from '@/mentorship/topics'

/*
 * The choices a Career Candidate makes when saying what they look for in a Mentor or Connector,
 * kept apart from the ranking so forms running in the browser can list them.
 */

/** How often the student would like to meet. */
export const meetingFrequencies = [
  ['weekly', 'Every week'],
  ['fortnightly', 'Every two weeks'],
  ['monthly', 'Once a month'],
  ['once', 'Just once or twice'],
] as const
export type MeetingFrequency = (typeof meetingFrequencies)[number][0]

/**
 * Experiences a student may wish to share with their mentor. Private to the student and used only
 * for ranking; a mentor is matched on one only when they said they have it and let this student
 * be matched on it (src/matching/candidates.ts). `label` is the student's choice, `as` ends the
 * reason "Shares your experience as …".
 */
export const sharedExperiences = [
  { value: 'trans-or-nonbinary', label: 'A trans or non-binary mentor', as: 'a trans or non-binary person' },
  { value: 'poc', label: 'A mentor who is a person of colour', as: 'a person of colour' },
  { value: 'first-generation', label: 'A first-generation professional', as: 'a first-generation professional' },
  { value: 'out-at-work', label: 'Someone out at work', as: 'someone out at work' },
  { value: 'disabled', label: 'A disabled or chronically ill mentor', as: 'a disabled or chronically ill person' },
  { value: 'immigrant', label: 'Someone who moved countries for work or study', as: 'someone who moved countries for work or study' },
] as const
export type SharedExperience = (typeof sharedExperiences)[number]['value']

export const isSharedExperience = (value: unknown): value is SharedExperience => sharedExperiences.some((option) => option.value === value)
export const sharedExperienceAs = (value: SharedExperience) => sharedExperiences.find((option) => option.value === value)!.as

/**
 * For a student who would rather name a region than a time zone: each stands for one zone whose
 * clock is typical of it, which is all the ranking needs (how many hours apart two people are).
 */
export const regions = [
  { value: 'north-america-west', label: 'North America, Pacific', zone: 'America/Los_Angeles' },
  { value: 'north-america-central', label: 'North America, Central', zone: 'America/Chicago' },
  { value: 'north-america-east', label: 'North America, Eastern', zone: 'America/New_York' },
  { value: 'latin-america', label: 'Latin America', zone: 'America/Sao_Paulo' },
  { value: 'europe-west', label: 'UK, Ireland and Portugal', zone: 'Europe/London' },
  { value: 'europe-central', label: 'Central Europe', zone: 'Europe/Berlin' },
  { value: 'africa', label: 'Africa', zone: 'Africa/Nairobi' },
  { value: 'middle-east', label: 'Middle East', zone: 'Asia/Dubai' },
  { value: 'south-asia', label: 'South Asia', zone: 'Asia/Kolkata' },
  { value: 'east-asia', label: 'East and South-East Asia', zone: 'Asia/Singapore' },
  { value: 'oceania', label: 'Australia and New Zealand', zone: 'Australia/Sydney' },
] as const
export type Region = (typeof regions)[number]['value']

export const zoneOfRegion = (region: Region) => regions.find((option) => option.value === region)!.zone

/**
 * Which skills answer which help topic, by skill slug (the skills list admins keep; see the
 * demo list in src/seed/directory.ts). "Learning about an industry" is answered by a shared
 * industry instead, and "Something else" by nothing in particular. A skill missing here simply
 * counts for no topic; add it when admins add a skill.
 */
export const skillsForTopic: Record<HelpTopic, readonly string[]> = {
  'career-direction': ['career-change', 'graduate-school-applications', 'job-search-strategy', 'leadership-and-management'],
  applications: ['resume-review', 'portfolio-review', 'internship-search', 'job-search-strategy', 'graduate-school-applications'],
  interviews: ['interview-practice', 'salary-negotiation'],
  'being-out-at-work': ['coming-out-at-work', 'workplace-identity-questions'],
  industry: [],
  introductions: ['networking'],
  other: [],
}

/**
 * Whether a Mentor or Connector is matched on the shared experiences they named. Their identity
 * field has its own visibility (src/access/visibility.ts); matching follows it unless they opt in
 * to more, since a reason or a ranking on it tells the student about it.
 */
export const experienceMatching = [
  ['off', 'Never match me on these'],
  ['when-visible', 'Only with students who can see how I describe myself'],
  ['any-student', 'With any student looking for a mentor, even those who cannot see how I describe myself'],
] as const
export type ExperienceMatching = (typeof experienceMatching)[number][0]
