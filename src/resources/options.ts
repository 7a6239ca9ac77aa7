/** Topics career centres file their resources under. */
export const resourceCategories = [
  ['resumes', 'Résumés and cover letters'],
  ['interviews', 'Interviews'],
  ['workplace-rights', 'Workplace rights'],
  ['job-search', 'Job search'],
  ['transitioning-at-work', 'Transitioning at work'],
  ['wellbeing', 'Wellbeing'],
] as const

/** Who a resource is written for. */
export const resourceAudiences = [
  ['career-candidates', 'Career Candidates'],
  ['mentors', 'Mentors and Connectors'],
  ['employers', 'Companies'],
  ['career-centers', 'Career Centers'],
] as const

export const resourceCategoryLabel = (value: string) => resourceCategories.find(([code]) => code === value)?.[1] ?? value
export const resourceAudienceLabel = (value: string) => resourceAudiences.find(([code]) => code === value)?.[1] ?? value
