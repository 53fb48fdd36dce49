import { type QueryClient } from '@tanstack/react-query';
import { type RouteObject } from 'react-router';
import { loadPageMessages } from '@client/i18n';
import { ScheduleRoute, scheduleLoader, scheduleShouldRevalidate } from '@client/features/schedule';
import { AppLayout, conferenceLayoutLoader } from './layout/app-layout';
import { BareErrorPage, BareLayout } from './layout/bare-layout';
import { RootLayout } from './layout/root-layout';
import { AppSkeleton } from './routes/app-skeleton';
import { NotFound } from './routes/not-found';
import { rootRedirectLoader } from './routes/root-redirect';
import { RouteError } from './routes/route-error';

/** A lazy page's code and its strings, fetched together. */
async function withMessages<T>(code: Promise<T>): Promise<T> {
  const [module] = await Promise.all([code, loadPageMessages()]);
  return module;
}

/**
 * The route table, shared by the browser router and the tests' memory router. The schedule is
 * the attendee's first screen and ships in the entry chunk; every other page is a lazy chunk,
 * and staff pages are only ever fetched by staff (their nav items are hidden from others).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <BareErrorPage />,
      hydrateFallbackElement: <AppSkeleton />,
      children: [
        {
          index: true,
          loader: rootRedirectLoader(queryClient),
          // The loader always redirects (or throws), so this never shows once it has run; but the
          // router renders the matched leaf during the first load, and a leaf without an element
          // made react-router warn on every visit to `/`.
          element: <AppSkeleton />,
        },
        {
          element: <BareLayout />,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                {
                  path: 'login',
                  lazy: async () => {
                    const { LoginRoute } = await withMessages(
                      import('@client/features/auth/routes/login-route'),
                    );
                    return { Component: LoginRoute };
                  },
                },
              ],
            },
          ],
        },
        {
          // A ticket holder's private link: public, full-screen, no conference shell around it.
          path: 't/:slug/:secret',
          errorElement: <BareErrorPage />,
          lazy: async () => {
            const m = await withMessages(import('@client/features/ticket/routes/ticket-route'));
            return { Component: m.TicketRoute, loader: m.ticketLoader(queryClient) };
          },
        },
        {
          // The desk is a full-screen mode of its own: no attendee navigation to tap by mistake
          // mid-queue; its own bar shows the list, day and desk name, and the way out.
          path: ':slug/check-in',
          errorElement: <BareErrorPage />,
          children: [
            {
              index: true,
              lazy: async () => {
                const m = await withMessages(import('@client/features/check-in/routes/check-in-route'));
                return { Component: m.CheckInRoute, loader: m.checkInLoader(queryClient) };
              },
            },
          ],
        },
        {
          path: ':slug',
          element: <AppLayout />,
          loader: conferenceLayoutLoader(queryClient),
          // Search params (days, filters, search) select from cached data; they need no loader.
          shouldRevalidate: scheduleShouldRevalidate,
          errorElement: <BareErrorPage />,
          children: [
            {
              // Errors below keep the header and navigation around them.
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  Component: ScheduleRoute,
                  loader: scheduleLoader(queryClient),
                  shouldRevalidate: scheduleShouldRevalidate,
                },
                {
                  path: 'my',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/my-schedule/routes/my-schedule-route'),
                    );
                    return { Component: m.MyScheduleRoute, loader: m.myScheduleLoader(queryClient) };
                  },
                },
                {
                  path: 'sessions/:code',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/sessions/routes/session-route'));
                    return { Component: m.SessionRoute, loader: m.sessionLoader(queryClient) };
                  },
                },
                {
                  path: 'speakers/:code',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/speakers/routes/speaker-route'));
                    return { Component: m.SpeakerRoute, loader: m.speakerLoader(queryClient) };
                  },
                },
                {
                  path: 'sponsors',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/sponsors/routes/sponsors-route'));
                    return { Component: m.SponsorsRoute, loader: m.sponsorsLoader(queryClient) };
                  },
                },
                {
                  path: 'videos',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/videos/routes/videos-route'));
                    return { Component: m.VideosRoute, loader: m.videosLoader(queryClient) };
                  },
                },
                {
                  path: 'volunteer',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/volunteer/routes/volunteer-route'));
                    return { Component: m.VolunteerRoute, loader: m.volunteerLoader(queryClient) };
                  },
                },
                {
                  path: 'volunteer/mine',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/volunteer/routes/my-shifts-route'));
                    return { Component: m.MyShiftsRoute, loader: m.myShiftsLoader(queryClient) };
                  },
                },
                {
                  path: 'join/:token',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/volunteer/routes/invite-route'));
                    return { Component: m.InviteRoute, loader: m.inviteLoader(queryClient) };
                  },
                },
                {
                  path: 'briefing/:token',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/volunteer/routes/briefing-route'));
                    return { Component: m.BriefingRoute, loader: m.briefingLoader(queryClient) };
                  },
                },
                {
                  // Coordinators' screen: its own chunk, never fetched by a volunteer.
                  path: 'volunteer/roster',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/volunteer/routes/roster-route'));
                    return { Component: m.RosterRoute, loader: m.rosterLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/organizer-route'));
                    return { Component: m.OrganizerRoute, loader: m.organizerLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/sponsors',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/sponsors-admin-route'),
                    );
                    return { Component: m.SponsorsAdminRoute, loader: m.sponsorsAdminLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/editions',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/editions-route'));
                    return { Component: m.EditionsRoute, loader: m.editionsLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/arrivals',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/check-in/routes/arrivals-route'));
                    return { Component: m.ArrivalsRoute, loader: m.arrivalsLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/import',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/schedule-import-route'),
                    );
                    return { Component: m.ScheduleImportRoute, loader: m.scheduleImportLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/sessions',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/schedule-sessions-route'),
                    );
                    return {
                      Component: m.ScheduleSessionsRoute,
                      loader: m.scheduleSessionsLoader(queryClient),
                    };
                  },
                },
                {
                  path: 'organizer/sessions/:code',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/session-edit-route'),
                    );
                    return { Component: m.SessionEditRoute, loader: m.sessionEditLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/tickets',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/ticket-list-route'),
                    );
                    return { Component: m.TicketListRoute, loader: m.ticketListLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/tickets/import',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/ticket-import-route'),
                    );
                    return { Component: m.TicketImportRoute, loader: m.ticketImportLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/ticket-types',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/ticket-types-route'),
                    );
                    return { Component: m.TicketTypesRoute, loader: m.ticketTypesLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/check-in-lists',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/check-in-list-route'),
                    );
                    return { Component: m.CheckInListRoute, loader: m.checkInListLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/shifts',
                  lazy: async () => {
                    const m = await withMessages(
                      import('@client/features/organizer/routes/shift-console-route'),
                    );
                    return { Component: m.ShiftConsoleRoute, loader: m.shiftConsoleLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/coverage',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/coverage-route'));
                    return { Component: m.CoverageRoute, loader: m.coverageLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/hours',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/hours-route'));
                    return { Component: m.HoursRoute, loader: m.hoursLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/people',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/people-route'));
                    return { Component: m.PeopleRoute, loader: m.peopleLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/rooms',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/rooms-route'));
                    return { Component: m.RoomsRoute, loader: m.roomsLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/tracks',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/tracks-route'));
                    return { Component: m.TracksRoute, loader: m.tracksLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/days',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/days-route'));
                    return { Component: m.DaysRoute, loader: m.daysLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/speakers',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/speakers-route'));
                    return { Component: m.SpeakersAdminRoute, loader: m.speakersAdminLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/audit',
                  lazy: async () => {
                    const m = await withMessages(import('@client/features/organizer/routes/audit-route'));
                    return { Component: m.AuditRoute, loader: m.auditLoader(queryClient) };
                  },
                },
                { path: '*', Component: NotFound },
              ],
            },
          ],
        },
      ],
    },
  ];
}
