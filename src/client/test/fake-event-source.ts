/** A stand-in for the browser's EventSource (jsdom has none) that a test drives by hand. */
export class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = FakeEventSource.CONNECTING;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super();
    FakeEventSource.instances.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data = '') {
    if (this.readyState === FakeEventSource.CLOSED) throw new Error('emitting on a closed source');
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new MessageEvent(type, { data }));
  }
  /** What the browser does on a dropped connection, or (then closed for good) on a 503. */
  fail(giveUp: boolean) {
    if (giveUp) this.readyState = FakeEventSource.CLOSED;
    else this.readyState = FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }
}
