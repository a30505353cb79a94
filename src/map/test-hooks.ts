/**
 * Test hooks are built in only for the dev server and for a build that asks for them
 * (`VITE_LOKUS_TEST_HOOKS=1`, set by the browser tests' build in test/e2e/global-setup.ts); in
 * the production build this is `false` and the code it guards is left out.
 */
export const TEST_HOOKS: boolean = import.meta.env.DEV || import.meta.env.VITE_LOKUS_TEST_HOOKS === '1';
