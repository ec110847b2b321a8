// Runs before the first paint. The prerendered page shows each calculator's
// default scenario; a link that carries its own scenario (in the fragment,
// or a published `#/page?…` link) must not show those numbers as its own,
// so they are marked as loading until the app has computed the link's.
if (location.hash.length > 1) document.documentElement.setAttribute('data-pending', '');
// An embedded calculator (`embed=1`) shows no site header, prerendered or not.
if (/(^#|[#&?])embed=1(&|$)/.test(location.hash)) document.documentElement.setAttribute('data-embed', '');
