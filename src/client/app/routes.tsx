import { type QueryClient } from '@tanstack/react-query';
import { type RouteObject } from 'react-router';
import { ScheduleRoute, scheduleLoader } from '@client/features/schedule';
import { AppLayout, conferenceLayoutLoader } from './layout/app-layout';
import { BareErrorPage, BareLayout } from './layout/bare-layout';
import { AppSkeleton } from './routes/app-skeleton';
import { NotFound } from './routes/not-found';
import { rootRedirectLoader } from './routes/root-redirect';
import { RouteError } from './routes/route-error';

/**
 * The route table, shared by the browser router and the tests' memory router. The schedule is
 * the attendee's first screen and ships in the entry chunk; every other page is a lazy chunk,
 * and staff pages are only ever fetched by staff (their nav items are hidden from others).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      errorElement: <BareErrorPage />,
      hydrateFallbackElement: <AppSkeleton />,
      children: [
        { index: true, loader: rootRedirectLoader(queryClient) },
        {
          element: <BareLayout />,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                {
                  path: 'login',
                  lazy: async () => {
                    const { LoginRoute } = await import('@client/features/auth/routes/login-route');
                    return { Component: LoginRoute };
                  },
                },
              ],
            },
          ],
        },
        {
          path: ':slug',
          element: <AppLayout />,
          loader: conferenceLayoutLoader(queryClient),
          errorElement: <BareErrorPage />,
          children: [
            {
              // Errors below keep the header and navigation around them.
              errorElement: <RouteError />,
              children: [
                { index: true, Component: ScheduleRoute, loader: scheduleLoader(queryClient) },
                {
                  path: 'sessions/:code',
                  lazy: async () => {
                    const m = await import('@client/features/sessions/routes/session-route');
                    return { Component: m.SessionRoute, loader: m.sessionLoader(queryClient) };
                  },
                },
                {
                  path: 'speakers/:code',
                  lazy: async () => {
                    const m = await import('@client/features/speakers/routes/speaker-route');
                    return { Component: m.SpeakerRoute, loader: m.speakerLoader(queryClient) };
                  },
                },
                {
                  path: 'sponsors',
                  lazy: async () => {
                    const m = await import('@client/features/sponsors/routes/sponsors-route');
                    return { Component: m.SponsorsRoute, loader: m.sponsorsLoader(queryClient) };
                  },
                },
                {
                  path: 'videos',
                  lazy: async () => {
                    const m = await import('@client/features/videos/routes/videos-route');
                    return { Component: m.VideosRoute, loader: m.videosLoader(queryClient) };
                  },
                },
                {
                  path: 'volunteer',
                  lazy: async () => {
                    const m = await import('@client/features/volunteer/routes/volunteer-route');
                    return { Component: m.VolunteerRoute };
                  },
                },
                {
                  path: 'check-in',
                  lazy: async () => {
                    const m = await import('@client/features/check-in/routes/check-in-route');
                    return { Component: m.CheckInRoute, loader: m.checkInLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer',
                  lazy: async () => {
                    const m = await import('@client/features/organizer/routes/organizer-route');
                    return { Component: m.OrganizerRoute, loader: m.organizerLoader(queryClient) };
                  },
                },
                {
                  path: 'organizer/people',
                  lazy: async () => {
                    const m = await import('@client/features/organizer/routes/people-route');
                    return { Component: m.PeopleRoute, loader: m.peopleLoader(queryClient) };
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
