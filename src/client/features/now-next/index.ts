// Loaded on demand: the "Now & next" tab and a session page's live stream; neither is part of
// the schedule's first screen.
export { LiveStreamButton } from './live-stream-button';
export { NowNextPanel } from './now-next-panel';
