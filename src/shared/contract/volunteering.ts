import { z } from 'zod';
import { idSchema, instantSchema, slugSchema } from './common';
import { membershipStatusSchema, roleAccessSchema, rolePersonSchema } from './role';
import { shiftRefSchema } from './signup';

/**
 * Volunteer-side extras: invite links, briefing QR codes, asking a coordinator to sign off
 * after the deadline, and a personal calendar feed. Secrets (invite and briefing tokens) are
 * 128+ random bits in base64url; the server keeps only their SHA-256.
 */
export const secretTokenSchema = z
  .string()
  .min(22)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export const inviteSchema = z.object({
  id: idSchema,
  /** Joining through the link adds this role (confirmed, even when restricted); null: just register. */
  role: slugSchema.nullable(),
  roleName: z.string().nullable(),
  createdAt: instantSchema,
  createdBy: z.string(),
  expiresAt: instantSchema.nullable(),
  maxUses: z.number().int().min(1).nullable(),
  uses: z.number().int().min(0),
  revokedAt: instantSchema.nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const inviteListSchema = z.object({ invites: z.array(inviteSchema) });
export type InviteList = z.infer<typeof inviteListSchema>;

export const createInviteSchema = z.object({
  role: slugSchema.nullable().default(null),
  expiresAt: instantSchema.nullable().default(null),
  maxUses: z.number().int().min(1).max(1_000).nullable().default(null),
});
export type CreateInvite = z.infer<typeof createInviteSchema>;

/** The token is shown once, right after creation; only its hash is stored. */
export const createdInviteSchema = z.object({ invite: inviteSchema, token: secretTokenSchema });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

/** What the invite page shows before someone registers or accepts. */
export const invitePreviewSchema = z.object({
  conference: z.string(),
  role: z
    .object({ slug: slugSchema, name: z.string(), description: z.string(), access: roleAccessSchema })
    .nullable(),
  expiresAt: instantSchema.nullable(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const inviteAcceptedSchema = z.object({
  role: slugSchema.nullable(),
  status: membershipStatusSchema.nullable(),
});
export type InviteAccepted = z.infer<typeof inviteAcceptedSchema>;

/** A rotating code shown at a restricted role's briefing; scanning it confirms the membership. */
export const briefingCodeSchema = z.object({
  role: slugSchema,
  token: secretTokenSchema,
  expiresAt: instantSchema,
});
export type BriefingCode = z.infer<typeof briefingCodeSchema>;

export const briefingConfirmedSchema = z.object({
  role: slugSchema,
  roleName: z.string(),
  status: membershipStatusSchema,
});
export type BriefingConfirmed = z.infer<typeof briefingConfirmedSchema>;

export const signoffRequestStatuses = ['pending', 'approved', 'declined'] as const;
export const signoffRequestStatusSchema = z.enum(signoffRequestStatuses);
export type SignoffRequestStatus = z.infer<typeof signoffRequestStatusSchema>;

export const signoffRequestSchema = z.object({
  id: idSchema,
  shift: shiftRefSchema,
  volunteer: rolePersonSchema,
  reason: z.string(),
  status: signoffRequestStatusSchema,
  createdAt: instantSchema,
  decidedAt: instantSchema.nullable(),
  decidedBy: z.string().nullable(),
});
export type SignoffRequest = z.infer<typeof signoffRequestSchema>;

export const createSignoffRequestSchema = z.object({
  reason: z.string().trim().min(3, { message: 'Say in a few words why' }).max(500),
});
export type CreateSignoffRequest = z.infer<typeof createSignoffRequestSchema>;

export const decideSignoffRequestSchema = z.object({ decision: z.enum(['approved', 'declined']) });
export type DecideSignoffRequest = z.infer<typeof decideSignoffRequestSchema>;

/** The caller's own requests, and the pending ones of the roles they coordinate. */
export const signoffRequestListSchema = z.object({
  mine: z.array(signoffRequestSchema),
  toDecide: z.array(signoffRequestSchema),
});
export type SignoffRequestList = z.infer<typeof signoffRequestListSchema>;

/** The volunteer's secret calendar address; null until they create one. */
export const volunteerFeedSchema = z.object({ token: secretTokenSchema.nullable() });
export type VolunteerFeed = z.infer<typeof volunteerFeedSchema>;
