/** Where the visitor's theme choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme'

/**
 * Runs in <head> before the page paints, so a saved choice never flashes the other theme.
 * No cookie: the layout stays static, and without JavaScript the system theme applies.
 */
export const applySavedTheme = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`
