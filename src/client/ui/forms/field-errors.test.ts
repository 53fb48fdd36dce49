import { makeProblem } from '@shared/contract/problem';
import { createRoomSchema } from '@shared/contract/structure';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@client/lib/api-error';
import { errorsUnder, fieldErrorsOf } from './field-errors';
import { checkWith } from './use-form';

describe('field errors', () => {
  it('takes the server’s per-field errors of a refusal', () => {
    const refused = new ApiError(
      makeProblem('validation_failed', undefined, { 'links.youtube': ['Not a URL'] }),
    );
    expect(fieldErrorsOf(refused)).toEqual({ 'links.youtube': ['Not a URL'] });
    // Not only validation: a slug taken, an edition to copy from that is gone.
    const taken = new ApiError(
      makeProblem('sponsor_slug_taken', 'x', { slug: ['Another sponsor has this slug.'] }),
    );
    expect(fieldErrorsOf(taken)).toEqual({ slug: ['Another sponsor has this slug.'] });
  });

  it('leaves out errors that carry the refusal’s facts rather than fields', () => {
    const clash = new ApiError(makeProblem('shift_change_overlaps', 'x', { people: ['Vera Volunteer'] }));
    expect(fieldErrorsOf(clash)).toEqual({});
    expect(fieldErrorsOf(new ApiError(makeProblem('forbidden')))).toEqual({});
  });

  it('groups a schema check’s issues by their dotted path, as the server does', () => {
    const parsed = createRoomSchema.safeParse({ name: '', slug: 'Not A Slug', liveStreamUrl: 'nope' });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error);
    expect(Object.keys(errors).sort()).toEqual(['liveStreamUrl', 'name', 'slug']);
    expect(checkWith(createRoomSchema, { name: '', slug: 'Not A Slug', liveStreamUrl: 'nope' })).toEqual({
      ok: false,
      errors,
    });
    expect(
      fieldErrorsOf({
        issues: [
          { path: ['slots', 0, 'end'], message: 'After the start' },
          { path: [], message: 'Whole body' },
        ],
      }),
    ).toEqual({ 'slots.0.end': ['After the start'], '': ['Whole body'] });
  });

  it('has none for anything else', () => {
    expect(fieldErrorsOf(null)).toEqual({});
    expect(fieldErrorsOf(new TypeError('Failed to fetch'))).toEqual({});
  });

  it('gathers a field’s messages with those of its parts', () => {
    const errors = { packages: ['Too many'], 'packages.1': ['Too long'], packaging: ['Other'] };
    expect(errorsUnder(errors, 'packages')).toEqual(['Too many', 'Too long']);
    expect(errorsUnder(errors, 'name')).toBeUndefined();
  });
});
