/** What a Career Candidate can ask a Mentor or Connector for. */
export const helpTopics = [
  ['career-direction', 'Choosing a career direction'],
  ['applications', 'Résumés and applications'],
  ['interviews', 'Preparing for interviews'],
  ['being-out-at-work', 'Being out (or not) at work'],
  ['industry', 'Learning about an industry'],
  ['introductions', 'Introductions and networking'],
  ['other', 'Something else'],
] as const

export type HelpTopic = (typeof helpTopics)[number][0]
export const helpTopicLabel = (topic: string) => helpTopics.find(([value]) => value === topic)?.[1] ?? topic

export const requestStatuses = [
  ['pending', 'Waiting for an answer'],
  ['more-info', 'More information asked'],
  ['accepted', 'Accepted'],
  ['declined', 'Declined'],
  ['withdrawn', 'Withdrawn'],
  ['expired', 'Expired'],
  ['ended', 'Ended'],
] as const

export type RequestStatus = (typeof requestStatuses)[number][0]
export const requestStatusLabel = (status: string) => requestStatuses.find(([value]) => value === status)?.[1] ?? status

/** Statuses in which the request still waits on someone. */
export const openStatuses: RequestStatus[] = ['pending', 'more-info']
/** Statuses in which the two exchange messages. */
export const conversationStatuses: RequestStatus[] = ['more-info', 'accepted']
