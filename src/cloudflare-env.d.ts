// Types for `env` and `exports` from `cloudflare:workers` (used by the tests in workerd).
declare namespace Cloudflare {
  type WorkerBindings = import('./env').Bindings;
  interface Env extends WorkerBindings {}
  interface GlobalProps {
    mainModule: typeof import('.');
  }
}
