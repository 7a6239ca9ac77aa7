/**
 * Who may see an identity field or a photo on a directory profile, as its owner chooses. Kept
 * apart from the access rules so forms running in the browser can list the choices.
 */
export const identityVisibilities = ['public', 'members', 'contacts', 'hidden'] as const
export type IdentityVisibility = (typeof identityVisibilities)[number]

export const identityVisibilityLabels: Record<IdentityVisibility, string> = {
  public: 'Everyone',
  members: 'Signed-in members (not company representatives)',
  contacts: 'Only students whose request I accepted',
  hidden: 'Nobody (only me)',
}
