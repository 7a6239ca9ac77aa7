/** The platform's roles, in the words of the Roles & Responsibility Agreement. */
export const roles = ['admin', 'career-center-staff', 'company-representative', 'mentor', 'connector', 'career-candidate'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  'career-center-staff': 'Career Center staff',
  'company-representative': 'Company representative',
  mentor: 'Mentor',
  connector: 'Connector',
  'career-candidate': 'Career Candidate',
}

export const roleOptions = roles.map((value) => ({ label: roleLabels[value], value }))

/** Roles that sign in to /admin to keep content; members use the public site. */
export const staffRoles: readonly Role[] = ['admin', 'career-center-staff', 'company-representative']

/** Audiences that have a role guide: the organisations' roles rather than account roles. */
export const guideAudiences = ['career-candidate', 'mentor', 'connector', 'company', 'career-center'] as const

export type GuideAudience = (typeof guideAudiences)[number]

export const guideAudienceLabels: Record<GuideAudience, string> = {
  'career-candidate': 'Career Candidates',
  mentor: 'Mentors',
  connector: 'Connectors',
  company: 'Companies',
  'career-center': 'Career Centers',
}
