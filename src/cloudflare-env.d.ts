// `env` from `cloudflare:workers` / `cloudflare:test` is the generated `Cloudflare.Env`
// (worker-configuration.d.ts); the secrets, which wrangler.toml does not list, are added here.
declare namespace Cloudflare {
  type WorkerSecrets = import('./env').Secrets;
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface Env extends WorkerSecrets {}
}
