/**
 * Browser downloads for the simulators: a text file (CSV) and a chart as a standalone SVG. The
 * page's CSS variables do not travel with an SVG file, so computed colours and fonts are written
 * onto each element of a copy before it is saved.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const copied = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-family',
  'opacity',
] as const;

export function downloadSvg(fileName: string, svg: SVGSVGElement): void {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((element, index) => {
    const style = getComputedStyle(element);
    const copy = target[index];
    if (!copy) return;
    for (const property of copied) copy.setAttribute(property, style.getPropertyValue(property));
    copy.removeAttribute('class');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const background = getComputedStyle(document.body).backgroundColor;
  clone.insertAdjacentHTML('afterbegin', `<rect width="100%" height="100%" fill="${background}"/>`);
  downloadText(fileName, new XMLSerializer().serializeToString(clone), 'image/svg+xml');
}
