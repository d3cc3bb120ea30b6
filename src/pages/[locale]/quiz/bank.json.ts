/**
 * /{locale}/quiz/bank.json: every question of the course in one language. The exam and the
 * review of mistakes fetch it when they open instead of carrying the whole bank inside the page,
 * so those pages stay as light as the others (Lighthouse measured 88 with the bank inlined).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quizData } from '@/data/quiz';
import { locales, type Locale } from '@/i18n';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { questions } = await quizData(params.locale as Locale);
  return new Response(JSON.stringify({ questions }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
