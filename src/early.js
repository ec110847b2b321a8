// Runs before the first paint. A published link (`…/#/engagement?…`) opened
// on another page's document, most often the home page, goes straight to its
// own page's document (`…/engagement/#…`): each page runs a WebAssembly of
// its own, so none of this one's is fetched. The prerender writes the list
// of pages in below.
{
  const pages = __PAGES__;
  const here = location.pathname.replace(/index\.html$/, '').replace(/\/$/, '');
  const page = here.slice(here.lastIndexOf('/') + 1);
  const [root, current] = pages.includes(page) ? [here.slice(0, -page.length), page] : [`${here}/`, ''];
  const [, linked, query] = /^#\/([^?]*)\??(.*)$/.exec(location.hash) ?? [];
  const target = linked?.replace(/^\/+|\/+$/g, '');
  if (target !== undefined && target !== current && (target === '' || pages.includes(target))) {
    document.documentElement.setAttribute('data-leaving', '');
    location.replace(`${root}${target ? `${target}/` : ''}${query ? `#${query}` : ''}`);
  }
}
// The prerendered page shows each calculator's default scenario; a link that
// carries its own scenario (in the fragment, or a published `#/page?…` link)
// must not show those numbers as its own, so they are marked as loading
// until the app has computed the link's.
if (location.hash.length > 1) document.documentElement.setAttribute('data-pending', '');
// An embedded calculator (`embed=1`) shows no site header, prerendered or not.
if (/(^#|[#&?])embed=1(&|$)/.test(location.hash)) document.documentElement.setAttribute('data-embed', '');
