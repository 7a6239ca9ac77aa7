// Loaded with `--import` before any script that reaches Payload's Lexical editor. Lexical's Node
// entry points use top-level await, and Node 20 can silently drop one of several such modules
// loading at once (the process exits with code 13 having done nothing). Loading them first, on
// their own, avoids that race.
await import('@payloadcms/richtext-lexical/lexical')
