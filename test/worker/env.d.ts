// The test runtime's `env` (from `cloudflare:workers`) carries the Worker's bindings.
declare namespace Cloudflare {
  interface Env extends import('../../src/env').Bindings {}
}
