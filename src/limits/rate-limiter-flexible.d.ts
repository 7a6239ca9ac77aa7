/**
 * The base class of rate-limiter-flexible's stores: typed in the package, but not exported from
 * its index, so a store of our own (sqlite-store.ts) imports the file itself.
 */
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import { RateLimiterStoreAbstract } from 'rate-limiter-flexible'
  export default RateLimiterStoreAbstract
}
