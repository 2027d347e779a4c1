import type { Box } from '../../../schema/ideas.ts';

/** A box's public address (`/b/:slug`, or one of its pages), with the members' key when it has one. */
export function publicLink(box: Pick<Box, 'slug' | 'memberKey'>, view?: 'display' | 'answers', origin = location.origin): string {
  const path = `${origin}/b/${box.slug}${view ? `/${view}` : ''}`;
  return box.memberKey ? `${path}?key=${encodeURIComponent(box.memberKey)}` : path;
}
