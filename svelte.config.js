import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No version beacon in every island page's JavaScript (pages are close to their budget).
  compilerOptions: { discloseVersion: false },
};
