import { describe, expect, it } from 'vitest';
import { matchRoute } from '../routes.ts';
import { boxPaths, matchBoxRoute } from './box-routes.ts';

const rest = (path: string) => {
  const route = matchRoute(path);
  if (route.name !== 'ideas') throw new Error(`${path} is ${route.name}`);
  return matchBoxRoute(route.rest);
};

describe('the idea box’s pages', () => {
  it('are handed over by the app’s table and matched here', () => {
    expect(rest(boxPaths.list('o'))).toEqual({ page: 'list' });
    expect(rest(`${boxPaths.list('o')}/`)).toEqual({ page: 'list' });
    expect(rest(boxPaths.create('o'))).toEqual({ page: 'new' });
    expect(rest(boxPaths.queue('o', 'b1'))).toEqual({ page: 'queue', boxId: 'b1' });
    expect(rest(boxPaths.page('o', 'b1', 'kiosks'))).toEqual({ page: 'kiosks', boxId: 'b1' });
    expect(rest(boxPaths.page('o', 'b1', 'poster'))).toEqual({ page: 'poster', boxId: 'b1' });
    expect(rest(boxPaths.idea('o', 'b1', 'i1'))).toEqual({ page: 'idea', boxId: 'b1', ideaId: 'i1' });
    expect(rest('/app/o/o/boxes/b1/nothing')).toEqual({ page: 'notFound' });
  });
});
