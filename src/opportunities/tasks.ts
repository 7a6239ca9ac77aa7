import type { TaskConfig } from 'payload'

import { revalidatePaths } from '@/lib/revalidate'

/**
 * Queued for each opportunity's deadline. Read access already keeps a closed opportunity out of
 * every list and API answer; this refreshes the cached pages that still show it.
 */
export const closeOpportunityTask: TaskConfig<'close-opportunity'> = {
  slug: 'close-opportunity',
  label: 'Take a job or internship off the cached board at its deadline',
  inputSchema: [{ name: 'opportunityId', type: 'text', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const opportunity = await req.payload.findByID({
      collection: 'opportunities',
      id: input.opportunityId,
      depth: 1,
      select: { slug: true, organization: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (opportunity) {
      const organization = typeof opportunity.organization === 'object' ? opportunity.organization : null
      await revalidatePaths(req.payload, ['/jobs', `/jobs/${opportunity.slug}`, ...(organization?.slug ? [`/organizations/${organization.slug}`] : [])])
    }
    return { output: {} }
  },
}
