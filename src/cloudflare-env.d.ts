// Types for `env` and `exports` from `cloudflare:workers` (used by the tests in workerd).
declare namespace Cloudflare {
  type WorkerBindings = import('./env').Bindings;
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface Env extends WorkerBindings {}
  interface GlobalProps {
    mainModule: typeof import('.');
  }
}
