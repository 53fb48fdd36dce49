import { z } from 'zod';
import { idSchema } from './common';

/** Staff roles on the platform. (A volunteer's kinds of work are "Role"s in the shifts feature.) */
export const userRoles = ['volunteer', 'checkin', 'organizer'] as const;
export const userRoleSchema = z.enum(userRoles);
export type UserRole = z.infer<typeof userRoleSchema>;

export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());

export const userSchema = z.object({
  id: idSchema,
  email: z.email(),
  name: z.string().min(1).max(120),
  roles: z.array(userRoleSchema),
});
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const registerRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Who this browser is logged in as, if anyone: `user` is null for an anonymous visitor. */
export const sessionResponseSchema = z.object({ user: userSchema.nullable() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const userListFiltersSchema = z.object({
  role: userRoleSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type UserListFilters = z.infer<typeof userListFiltersSchema>;

/** An organizer sets the staff roles of an account (replaces the whole set). */
export const updateUserRolesSchema = z.object({
  roles: z
    .array(userRoleSchema)
    .max(userRoles.length)
    .refine((r) => new Set(r).size === r.length, {
      message: 'List each role once',
    }),
});
export type UpdateUserRoles = z.infer<typeof updateUserRolesSchema>;
