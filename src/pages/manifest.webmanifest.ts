/**
 * The web app manifest, so the course can be added to a phone's home screen and opens like an
 * app. Built for the site's base path; the start page picks the learner's language.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '@/i18n';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const zh = useTranslations('zh');
  const en = useTranslations('en');
  const manifest = {
    name: `${zh('site.title')} · ${en('site.title')}`,
    short_name: zh('site.shortTitle'),
    description: `${zh('site.description')} ${en('site.description')}`,
    lang: 'zh-CN',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
