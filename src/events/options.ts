/** How people take part in an event. */
export const eventFormats = [
  ['online', 'Online'],
  ['in-person', 'In person'],
  ['hybrid', 'Hybrid'],
] as const

export type EventFormat = (typeof eventFormats)[number][0]

/** Who an event is for, in the platform's role words. */
export const eventAudiences = [
  ['everyone', 'Everyone'],
  ['career-candidates', 'Career Candidates'],
  ['mentors', 'Mentors and Connectors'],
  ['employers', 'Companies'],
  ['career-centers', 'Career Centers'],
] as const

export const eventFormatLabel = (value: string) => eventFormats.find(([code]) => code === value)?.[1] ?? value
export const eventAudienceLabel = (value: string) => eventAudiences.find(([code]) => code === value)?.[1] ?? value
