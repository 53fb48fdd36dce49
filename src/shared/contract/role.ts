import { z } from 'zod';
import { idSchema, slugSchema } from './common';
import { languageSchema } from './session';

/**
 * Volunteer roles: kinds of volunteer work in one edition (check-in desk, video team...).
 * Not to be confused with the staff roles of an account (contract/user.ts).
 */
export const roleAccesses = ['open', 'restricted'] as const;
export const roleAccessSchema = z.enum(roleAccesses);
export type RoleAccess = z.infer<typeof roleAccessSchema>;

/** Open roles confirm at once; restricted ones stay pending until a coordinator confirms. */
export const membershipStatuses = ['pending', 'confirmed'] as const;
export const membershipStatusSchema = z.enum(membershipStatuses);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

export const roleCoordinatorSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** How volunteers reach the coordinator: a phone number, a Matrix ID, a desk. */
  contact: z.string().nullable(),
});
export type RoleCoordinator = z.infer<typeof roleCoordinatorSchema>;

export const roleSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1).max(120),
  description: z.string().max(2_000),
  access: roleAccessSchema,
  /** Sign-up for a shift opens this many hours before it starts. */
  signupOpensHours: z.number().int().min(0).max(8_760),
  /** Volunteers may sign off until this many hours before the start. */
  signOffDeadlineHours: z.number().int().min(0).max(168),
  coordinator: roleCoordinatorSchema.nullable(),
  /** The logged-in volunteer's membership; null when not a member or logged out. */
  membership: membershipStatusSchema.nullable(),
});
export type Role = z.infer<typeof roleSchema>;

/** Limits that apply across all of a volunteer's shifts in one edition. */
export const volunteerPolicySchema = z.object({
  /** A gap between two shifts shorter than this is refused; touching shifts are one stint. */
  minRestHours: z.number().int().min(0).max(24),
  maxHoursPerDay: z.number().int().min(1).max(24),
  /** Sign-up locks after this many no-shows; null never locks. */
  noShowLimit: z.number().int().min(1).max(20).nullable(),
});
export type VolunteerPolicy = z.infer<typeof volunteerPolicySchema>;

export const roleListSchema = z.object({ roles: z.array(roleSchema), policy: volunteerPolicySchema });
export type RoleList = z.infer<typeof roleListSchema>;

export const createRoleSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2_000).default(''),
  access: roleAccessSchema.default('open'),
  signupOpensHours: z.number().int().min(0).max(8_760).default(720),
  signOffDeadlineHours: z.number().int().min(0).max(168).default(3),
  coordinatorUserId: idSchema.nullable().default(null),
  coordinatorContact: z.string().trim().min(1).max(200).nullable().default(null),
});
export type CreateRole = z.infer<typeof createRoleSchema>;

/** An organizer changes a role; the slug stays (links and invites use it). null clears the coordinator. */
export const updateRoleSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(2_000),
    access: roleAccessSchema,
    signupOpensHours: z.number().int().min(0).max(8_760),
    signOffDeadlineHours: z.number().int().min(0).max(168),
    coordinatorUserId: idSchema.nullable(),
    coordinatorContact: z.string().trim().min(1).max(200).nullable(),
  })
  .partial();
export type UpdateRole = z.infer<typeof updateRoleSchema>;

export const membershipSchema = z.object({ role: slugSchema, status: membershipStatusSchema });
export type Membership = z.infer<typeof membershipSchema>;

export const shirtSizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'] as const;
export const shirtSizeSchema = z.enum(shirtSizes);

/** What a volunteer tells the organizers of one edition about themselves. */
export const volunteerProfileSchema = z.object({
  /** Phone number, Matrix ID or similar, for coordinators. */
  contact: z.string().trim().min(1).max(200).nullable(),
  shirtSize: shirtSizeSchema.nullable(),
  languages: z
    .array(languageSchema)
    .max(10)
    .refine((l) => new Set(l).size === l.length, { message: 'List each language once' }),
});
export type VolunteerProfile = z.infer<typeof volunteerProfileSchema>;

export const rolePersonSchema = z.object({ id: idSchema, name: z.string(), email: z.email() });
export type RolePerson = z.infer<typeof rolePersonSchema>;

export const roleMemberSchema = z.object({
  user: rolePersonSchema,
  status: membershipStatusSchema,
  profile: volunteerProfileSchema.nullable(),
});
export type RoleMember = z.infer<typeof roleMemberSchema>;

export const roleMemberListSchema = z.object({ members: z.array(roleMemberSchema) });
export type RoleMemberList = z.infer<typeof roleMemberListSchema>;

/** A coordinator confirms a member (or adds one directly, e.g. after the briefing). */
export const setMembershipSchema = z.object({ status: membershipStatusSchema });
export type SetMembership = z.infer<typeof setMembershipSchema>;
