/**
 * The search code as one chunk, loaded on first use only: by the header's dialog (src/scripts/page-controls.js
 * imports it when a reader opens search) and by the search page (which imports it at once). Its hashed URL reaches
 * those inline scripts through src/lib/search-chunk.mjs; Pagefind and its index load after it, from this site.
 *
 * Why the callers pass `importModule`: the bundler wraps every import() in the code it bundles in its preload
 * helper, which lives in the simulators' shared chunk (over 70 KB), so an import() of Pagefind written here would
 * make opening search fetch that chunk too. The inline scripts are not bundled: their import() stays plain.
 */
import { openSearchDialog as openDialog } from './dialog';
import { mountSearchPage as mountPage } from './page';
import type { ModuleImporter } from './pagefind-client';
import { setModuleImporter } from './search-site';

export type { ModuleImporter };

/** Opens the header's search dialog (see dialog.ts). */
export function openSearchDialog(importModule: ModuleImporter): void {
  setModuleImporter(importModule);
  openDialog();
}

/** Upgrades the search page's form (see page.ts). */
export function mountSearchPage(importModule: ModuleImporter): void {
  setModuleImporter(importModule);
  mountPage();
}
