import { describe, expect, it } from 'vitest';
import {
  buildCourse,
  flattenLessons,
  lessonKey,
  lessonPath,
  neighbours,
  splitEntryId,
} from '@/lib/content/course';

const modules = [
  { slug: 'm02-b', order: 2, title: 'B', summary: 's', objectives: ['o'] },
  { slug: 'm01-a', order: 1, title: 'A', summary: 's', objectives: ['o'], minutes: 99 },
  { slug: 'm03-c', order: 3, title: 'C', summary: 's', objectives: ['o'] },
];
const lesson = (module: string, slug: string, order: number, minutes = 10) => ({
  module,
  slug,
  order,
  title: slug,
  summary: 's',
  minutes,
});
const lessons = [lesson('m02-b', '02-y', 2, 5), lesson('m01-a', '01-x', 1), lesson('m02-b', '01-w', 1, 7)];

describe('buildCourse', () => {
  const course = buildCourse(modules, lessons);

  it('orders modules and their lessons', () => {
    expect(course.map((m) => m.slug)).toEqual(['m01-a', 'm02-b', 'm03-c']);
    expect(course[1]?.lessons.map((l) => l.slug)).toEqual(['01-w', '02-y']);
    expect(course[2]?.lessons).toEqual([]);
  });

  it('uses explicit module minutes, else the sum of its lessons', () => {
    expect(course.map((m) => m.totalMinutes)).toEqual([99, 12, 0]);
  });

  it('links lessons across module boundaries', () => {
    expect(flattenLessons(course).map(lessonKey)).toEqual(['m01-a/01-x', 'm02-b/01-w', 'm02-b/02-y']);
    expect(neighbours(course, 'm01-a/01-x')).toEqual({ next: expect.objectContaining({ slug: '01-w' }) });
    const middle = neighbours(course, 'm02-b/01-w');
    expect(middle.previous?.slug).toBe('01-x');
    expect(middle.next?.slug).toBe('02-y');
    expect(neighbours(course, 'm02-b/02-y').next).toBeUndefined();
    expect(neighbours(course, 'nope')).toEqual({});
  });
});

describe('paths and ids', () => {
  it('splits entry ids and builds lesson paths', () => {
    expect(splitEntryId('zh/m01-a/01-x')).toEqual({ locale: 'zh', path: ['m01-a', '01-x'] });
    expect(lessonPath({ module: 'm01-a', slug: '01-x' })).toBe('learn/m01-a/01-x/');
  });
});
