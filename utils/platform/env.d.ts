// Build flags wxt.config.ts sets on import.meta.env.
interface ImportMetaEnv {
  /** True in test builds (E2E=1): the service worker exposes TestHooks. */
  readonly SIFT_TEST_HOOKS?: boolean;
}
